'use client';
import { useEffect, useState } from 'react';
import { loadDisplayImage } from '../display/display-image';

interface Props {
  /** `displayUrl` is the API's browser-readable copy; null when the original could not be read. */
  specimen: { externalId: string; width: number; height: number; displayUrl: string | null };
  patch: { x: number; y: number; width: number; height: number };
}

const WIDTH = 240;

/** The whole specimen, small, with the patch's place outlined. */
export function SpecimenThumbnail({ specimen, patch }: Props) {
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const scale = WIDTH / specimen.width;
  const height = Math.round(specimen.height * scale);

  useEffect(() => {
    let cancelled = false;
    setFailed(false);
    setSrc(null);
    if (!specimen.displayUrl) {
      setFailed(true);
      return;
    }
    loadDisplayImage(specimen.displayUrl)
      .then((image) => !cancelled && setSrc(image.src))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [specimen.displayUrl]);

  return (
    <section className="panel" aria-label="Specimen">
      <h3>
        Specimen <span className="muted small">{specimen.externalId}</span>
      </h3>
      <div className="thumb" style={{ width: WIDTH, height }}>
        {src && (
          // biome-ignore lint/performance/noImgElement: a blob of the API's display copy; nothing for next/image to optimise
          <img
            src={src}
            width={WIDTH}
            height={height}
            alt={`Specimen ${specimen.externalId}`}
            data-testid="specimen-thumbnail"
          />
        )}
        {failed && <span className="thumb-note muted small">Preview unavailable</span>}
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
        Patch at x {patch.x}, y {patch.y} of {specimen.width}×{specimen.height} · preview windowed for the
        whole specimen
      </p>
    </section>
  );
}
