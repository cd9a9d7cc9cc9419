'use client';
import { zoomPercent } from './view-transform';

/** The current zoom over the canvas corner; a click fits the patch again (as 0 does). */
export function ZoomReadout({ scale, fitted, onFit }: { scale: number; fitted: boolean; onFit(): void }) {
  const perPixel = Number(scale.toFixed(2));
  return (
    <button
      type="button"
      className="zoom-readout"
      data-testid="zoom-readout"
      data-fitted={fitted}
      onClick={onFit}
      // A click must not leave focus here: Space would then press the button instead of panning.
      onMouseDown={(e) => e.preventDefault()}
      title={`1 image pixel = ${perPixel} screen pixels. ${fitted ? 'Fitted to the view.' : 'Click (or press 0) to fit the patch.'}`}
    >
      {zoomPercent(scale)}
      {fitted && <span className="muted"> · fit</span>}
    </button>
  );
}
