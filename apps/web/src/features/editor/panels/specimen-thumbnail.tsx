'use client';
import { useEffect, useRef, useState } from 'react';
import { autoWindow } from '../display/auto-window';
import { defaultDisplay } from '../display/display-settings';
import { loadGreyImage } from '../display/image-cache';
import { applyLut, buildLut } from '../display/lut';

interface Props {
  specimen: { externalId: string; width: number; height: number; imageUrl: string };
  patch: { x: number; y: number; width: number; height: number };
}

const WIDTH = 240;

/** The whole specimen, small, with the patch's place outlined. */
export function SpecimenThumbnail({ specimen, patch }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  const scale = WIDTH / specimen.width;
  const height = Math.round(specimen.height * scale);

  useEffect(() => {
    let cancelled = false;
    setFailed(false);
    loadGreyImage(specimen.imageUrl)
      .then((image) => {
        const canvas = ref.current;
        const ctx = canvas?.getContext('2d');
        if (cancelled || !canvas || !ctx) return;
        const full = document.createElement('canvas');
        full.width = image.width;
        full.height = image.height;
        const fullCtx = full.getContext('2d');
        if (!fullCtx) return;
        const pixels = fullCtx.createImageData(image.width, image.height);
        const settings = { ...defaultDisplay(image.maxValue), ...autoWindow(image.data, image.maxValue) };
        applyLut(image.data, buildLut(image.maxValue, settings), pixels.data);
        fullCtx.putImageData(pixels, 0, 0);
        ctx.drawImage(full, 0, 0, canvas.width, canvas.height);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [specimen.imageUrl]);

  return (
    <section className="panel" aria-label="Specimen">
      <h3>
        Specimen <span className="muted small">{specimen.externalId}</span>
      </h3>
      <div className="thumb" style={{ width: WIDTH, height }}>
        <canvas ref={ref} width={WIDTH} height={height} data-testid="specimen-thumbnail" />
        {failed && <span className="thumb-note muted small">Preview unavailable</span>}
        <span
          className="thumb-rect"
          style={{
            left: patch.x * scale,
            top: patch.y * scale,
            width: patch.width * scale,
            height: patch.height * scale,
          }}
        />
      </div>
      <p className="muted small">
        Patch at x {patch.x}, y {patch.y} of {specimen.width}×{specimen.height}
      </p>
    </section>
  );
}
