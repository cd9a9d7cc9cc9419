'use client';
import { useEffect, useRef, useState } from 'react';
import { autoWindow } from '../editor/display/auto-window';
import { defaultDisplay } from '../editor/display/display-settings';
import { loadGreyImage } from '../editor/display/image-cache';
import { applyLut, buildLut } from '../editor/display/lut';

/** The whole specimen image through an auto window, drawn at `width` css px. */
export function SpecimenCanvas({
  imageUrl,
  width,
  height,
}: {
  imageUrl: string;
  width: number;
  height: number;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  useEffect(() => {
    let cancelled = false;
    setState('loading');
    loadGreyImage(imageUrl)
      .then((image) => {
        const ctx = ref.current?.getContext('2d');
        if (cancelled || !ctx || !ref.current) return;
        const full = document.createElement('canvas');
        full.width = image.width;
        full.height = image.height;
        const fullCtx = full.getContext('2d');
        if (!fullCtx) return;
        const pixels = fullCtx.createImageData(image.width, image.height);
        const settings = { ...defaultDisplay(image.maxValue), ...autoWindow(image.data, image.maxValue) };
        applyLut(image.data, buildLut(image.maxValue, settings), pixels.data);
        fullCtx.putImageData(pixels, 0, 0);
        ctx.drawImage(full, 0, 0, ref.current.width, ref.current.height);
        setState('ready');
      })
      .catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
    };
  }, [imageUrl]);
  return (
    <>
      <canvas ref={ref} width={width} height={height} data-testid="specimen-canvas" />
      {state !== 'ready' && (
        <span className="thumb-note muted small">
          {state === 'loading' ? 'Loading the specimen…' : 'Specimen image unavailable'}
        </span>
      )}
    </>
  );
}
