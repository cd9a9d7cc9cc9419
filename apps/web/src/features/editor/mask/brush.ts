import type { Mask } from './mask';

/** The pixel box a paint operation touched (inclusive-exclusive), for partial redraws. */
export interface DirtyRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const unionRect = (a: DirtyRect | null, b: DirtyRect | null): DirtyRect | null =>
  !a
    ? b
    : !b
      ? a
      : {
          x0: Math.min(a.x0, b.x0),
          y0: Math.min(a.y0, b.y0),
          x1: Math.max(a.x1, b.x1),
          y1: Math.max(a.y1, b.y1),
        };

/** Paints a filled disc of `diameter` pixels centred on (cx, cy) in image coordinates. */
export function paintDisc(
  mask: Mask,
  cx: number,
  cy: number,
  diameter: number,
  value: 0 | 1,
): DirtyRect | null {
  const r = Math.max(0.5, diameter / 2);
  const x0 = Math.max(0, Math.floor(cx - r));
  const y0 = Math.max(0, Math.floor(cy - r));
  const x1 = Math.min(mask.width, Math.ceil(cx + r));
  const y1 = Math.min(mask.height, Math.ceil(cy + r));
  if (x0 >= x1 || y0 >= y1) return null;
  const r2 = r * r;
  for (let y = y0; y < y1; y++) {
    const dy = y + 0.5 - cy;
    for (let x = x0; x < x1; x++) {
      const dx = x + 0.5 - cx;
      if (dx * dx + dy * dy <= r2) mask.data[y * mask.width + x] = value;
    }
  }
  return { x0, y0, x1, y1 };
}

/** Paints a stroke segment by stamping discs every quarter diameter, so fast moves leave no gaps. */
export function paintSegment(
  mask: Mask,
  from: { x: number; y: number },
  to: { x: number; y: number },
  diameter: number,
  value: 0 | 1,
): DirtyRect | null {
  const distance = Math.hypot(to.x - from.x, to.y - from.y);
  const steps = Math.max(1, Math.ceil(distance / Math.max(0.5, diameter / 4)));
  let dirty: DirtyRect | null = null;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    dirty = unionRect(
      dirty,
      paintDisc(mask, from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t, diameter, value),
    );
  }
  return dirty;
}
