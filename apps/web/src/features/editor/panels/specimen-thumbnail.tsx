'use client';
import { useDisplayImage } from '../display/use-display-image';

interface Props {
  /** `displayUrl` is the API's browser-readable copy; null when the original could not be read. */
  specimen: { externalId: string; width: number; height: number; displayUrl: string | null };
  patch: { x: number; y: number; width: number; height: number };
}

const WIDTH = 240;

/** The whole specimen, small, with the patch's place outlined. */
export function SpecimenThumbnail({ specimen, patch }: Props) {
  const preview = useDisplayImage(specimen.displayUrl);
  const scale = WIDTH / specimen.width;
  const height = Math.round(specimen.height * scale);

  return (
    <section className="panel" aria-label="Specimen">
      <h3>
        Specimen <span className="muted small">{specimen.externalId}</span>
      </h3>
      <div className="thumb" style={{ width: WIDTH, height }}>
        {preview.kind === 'ready' && (
          // biome-ignore lint/performance/noImgElement: a blob of the API's display copy; nothing for next/image to optimise
          <img
            src={preview.src}
            width={WIDTH}
            height={height}
            alt={`Specimen ${specimen.externalId}`}
            data-testid="specimen-thumbnail"
          />
        )}
        {preview.kind === 'failed' && (
          <span
            className="thumb-note muted small"
            title={`${preview.problem.text}\n\nDetails: ${preview.problem.raw}`}
            data-testid="specimen-thumbnail-error"
          >
            Preview unavailable
          </span>
        )}
        <span
          className="thumb-rect"
          style={{
            left: patch.x * scale,
            top: patch.y * scale,
            width: Math.max(2, patch.width * scale),
            height: Math.max(2, patch.height * scale),
          }}
        />
      </div>
      <p className="muted small">
        Patch at x {patch.x}, y {patch.y} of {specimen.width}×{specimen.height} ·{' '}
        {preview.kind === 'failed'
          ? `No preview. ${preview.problem.text} Labeling this patch is not affected.`
          : 'preview windowed for the whole specimen'}
      </p>
    </section>
  );
}
