import { describe, expect, it } from 'vitest';
import { autoWindow } from '../src/features/editor/display/auto-window';
import { defaultDisplay, toneMap } from '../src/features/editor/display/display-settings';
import { applyLut, buildLut } from '../src/features/editor/display/lut';

describe('display pipeline', () => {
  it('windows a dim 16-bit image to the full range instead of clipping', () => {
    const data = new Uint16Array(1000);
    for (let i = 0; i < data.length; i++) data[i] = 200 + (i % 300);
    const window = autoWindow(data, 65535, 0, 1);
    expect(window.low).toBe(200);
    expect(window.high).toBe(499);
    const settings = { ...defaultDisplay(65535), ...window };
    expect(toneMap(200, settings)).toBe(0);
    expect(toneMap(499, settings)).toBe(1);
    expect(toneMap(350, settings)).toBeCloseTo(0.5, 1);
  });

  it('gamma above 1 lifts dim values; brightness and contrast shift and stretch', () => {
    const base = defaultDisplay(255);
    expect(toneMap(64, { ...base, gamma: 2 })).toBeGreaterThan(toneMap(64, base));
    expect(toneMap(128, { ...base, brightness: 0.2 })).toBeCloseTo(toneMap(128, base) + 0.2, 5);
    expect(toneMap(200, { ...base, contrast: 2 })).toBeGreaterThan(toneMap(200, base));
  });

  it('maps pixels through the lookup table', () => {
    const lut = buildLut(255, { ...defaultDisplay(255), colormap: 'grey' });
    const out = new Uint8ClampedArray(2 * 4);
    applyLut(Uint8Array.from([0, 255]), lut, out);
    expect(Array.from(out)).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
  });
});
