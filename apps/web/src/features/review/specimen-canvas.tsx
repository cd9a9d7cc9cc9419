'use client';
import { useDisplayImage } from '../editor/display/use-display-image';

/**
 * The whole specimen from its display copy (an 8-bit PNG the API makes from the original, windowed
 * once for the whole specimen), drawn at `width` css px. Null `displayUrl`: the original is unreadable.
 */
export function SpecimenCanvas({
  displayUrl,
  width,
  height,
}: {
  displayUrl: string | null;
  width: number;
  height: number;
}) {
  const state = useDisplayImage(displayUrl);
  if (state.kind === 'ready')
    // biome-ignore lint/performance/noImgElement: a blob of the API's display copy; nothing for next/image to optimise
    return <img src={state.src} width={width} height={height} alt="Specimen" data-testid="specimen-image" />;
  if (state.kind === 'loading') return <span className="thumb-note muted small">Loading the specimen…</span>;
  return (
    <span className="thumb-note muted small" title={state.problem.raw} data-testid="specimen-image-error">
      <span>
        <strong>Specimen image unavailable</strong>
        <br />
        {state.problem.text}
      </span>
    </span>
  );
}
