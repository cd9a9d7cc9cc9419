import { describe, expect, it } from 'vitest';
import { bitDepthMax, minMaxNormalise, prepareImage, scaleToUnit } from '../src/image/model-input';

describe('model input on a fixed bit-depth scale', () => {
  it('divides by 2^bits - 1: 8-bit by 255, 16-bit by 65535', () => {
    expect(bitDepthMax(8)).toBe(255);
    expect(bitDepthMax(16)).toBe(65535);
    const eight = Array.from(scaleToUnit(Float32Array.from([0, 51, 255]), 8));
    expect(eight[0]).toBe(0);
    expect(eight[1]).toBeCloseTo(0.2, 7);
    expect(eight[2]).toBe(1);
    const sixteen = Array.from(scaleToUnit(Float32Array.from([0, 4095, 65535]), 16));
    expect(sixteen[0]).toBe(0);
    expect(sixteen[1]).toBeCloseTo(4095 / 65535, 7); // a 12-bit maximum: 0.0625 (ModelConfig.inputGain)
    expect(sixteen[2]).toBe(1);
  });

  it('keeps absolute brightness where min-max erases it', () => {
    // A dim and a bright cell with the same texture: min-max makes them identical, bit-depth does not.
    const dim = Uint8Array.from([10, 20, 30, 40]);
    const bright = Uint8Array.from([20, 40, 60, 80]);
    const scale = { kind: 'bit-depth', bitDepth: 8 } as const;
    expect(Array.from(prepareImage(dim, 2, 2, 2))).toEqual(Array.from(prepareImage(bright, 2, 2, 2)));
    const d = prepareImage(dim, 2, 2, 2, scale);
    const b = prepareImage(bright, 2, 2, 2, scale);
    d.forEach((v, i) => {
      expect(b[i]).toBeCloseTo(2 * v, 7);
    });
    expect(b[3]).toBeCloseTo(80 / 255, 7);
    // 16-bit patch: the same grey values in 16-bit units scale by 65535.
    const deep = prepareImage(Uint16Array.from([0, 1000, 2000, 65535]), 2, 2, 2, {
      kind: 'bit-depth',
      bitDepth: 16,
    });
    expect(deep[1]).toBeCloseTo(1000 / 65535, 7);
    expect(deep[3]).toBe(1);
  });

  it('resizes by area, then scales (a 4x4 patch to 2x2)', () => {
    const px = Uint8Array.from([0, 0, 255, 255, 0, 0, 255, 255, 51, 51, 102, 102, 51, 51, 102, 102]);
    const out = Array.from(prepareImage(px, 4, 4, 2, { kind: 'bit-depth', bitDepth: 8 }));
    [0, 1, 0.2, 0.4].forEach((v, i) => {
      expect(out[i]).toBeCloseTo(v, 6);
    });
    // min-max stays available and unchanged for versions trained on it.
    expect(Array.from(prepareImage(px, 4, 4, 2))).toEqual(
      Array.from(minMaxNormalise(Float32Array.from(out))),
    );
  });
});
