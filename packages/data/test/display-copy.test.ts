import { describe, expect, it } from 'vitest';
import { decodeImage, displayWindow, type GreyImage, makeDisplayCopy, windowTo8Bit } from '../src';

/** Values 1..n repeated, with `zeros` padding pixels in front. */
function ramp(n: number, zeros: number, bitDepth: 8 | 16, scale = 1): GreyImage {
  const size = n + zeros;
  const data = bitDepth === 16 ? new Uint16Array(size) : new Uint8Array(size);
  for (let i = 0; i < n; i++) data[zeros + i] = (i + 1) * scale;
  return { width: size, height: 1, bitDepth, data };
}

describe('displayWindow (one window per specimen)', () => {
  it('takes the 0.5 and 99.8 percentiles of the non-zero pixels, whatever the padding', () => {
    const plain = displayWindow(ramp(1000, 0, 16));
    const padded = displayWindow(ramp(1000, 50_000, 16));
    expect(plain.low).toBe(6);
    expect(plain.high).toBe(998);
    expect(padded.low).toBe(plain.low);
    expect(padded.high).toBe(plain.high);
    expect(padded.min).toBe(1);
    expect(padded.max).toBe(1000);
    expect(padded.zeroFraction).toBeCloseTo(50_000 / 51_000, 6);
  });

  it('works in 16-bit units: a dim 16-bit specimen (224..544) keeps its raw window', () => {
    const n = 321;
    const data = new Uint16Array(n * 10);
    for (let i = 0; i < data.length; i++) data[i] = 224 + (i % n);
    const w = displayWindow({ width: n, height: 10, bitDepth: 16, data });
    expect(w.low).toBeGreaterThanOrEqual(224);
    expect(w.low).toBeLessThan(230);
    expect(w.high).toBeGreaterThan(540);
    expect(w.high).toBeLessThanOrEqual(544);
    expect(w.max).toBe(544);
    expect(w.saturatedFraction).toBe(0);
  });

  it('reports saturation as the share of pixels at the bit depth maximum', () => {
    const data = new Uint8Array(100).fill(40);
    data.fill(255, 0, 23);
    expect(displayWindow({ width: 10, height: 10, bitDepth: 8, data }).saturatedFraction).toBeCloseTo(0.23);
  });

  it('gives an all-black or flat image a usable window', () => {
    expect(displayWindow({ width: 4, height: 1, bitDepth: 8, data: new Uint8Array(4) })).toMatchObject({
      low: 0,
      high: 1,
    });
    const flat = displayWindow({ width: 4, height: 1, bitDepth: 8, data: new Uint8Array(4).fill(255) });
    expect(flat.high).toBeGreaterThan(flat.low);
  });
});

describe('makeDisplayCopy', () => {
  it('windows to 8 bits and shrinks the long side to maxSide', async () => {
    const image = ramp(1000, 0, 16, 16);
    const mapped = windowTo8Bit(image, { low: 16, high: 16_000 });
    expect(mapped[0]).toBe(0);
    expect(mapped[999]).toBe(255);
    const data = new Uint16Array(400 * 300);
    for (let i = 0; i < data.length; i++) data[i] = 300 + (i % 200);
    const copy = await makeDisplayCopy({ width: 400, height: 300, bitDepth: 16, data }, { maxSide: 200 });
    expect([copy.width, copy.height]).toEqual([200, 150]);
    const decoded = await decodeImage(copy.png);
    expect(decoded).toMatchObject({ format: 'png', width: 200, height: 150, bitDepth: 8 });
    expect(copy.window.low).toBeGreaterThanOrEqual(300);
    expect(copy.window.high).toBeLessThanOrEqual(499);
  });
});
