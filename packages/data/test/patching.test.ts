import { describe, expect, it } from 'vitest';
import {
  axisPositions,
  cutImagePatch,
  cutMaskPatch,
  generateSpecimen,
  patchGrid,
  planSpecimenPatches,
  rebuildMask,
  rebuildProbability,
} from '../src/index';

describe('patch grid', () => {
  it('gives the reference 5x3 grid of 384 px patches on 1388x1040', () => {
    const grid = patchGrid(1388, 1040);
    expect(grid).toHaveLength(15);
    expect([...new Set(grid.map((p) => p.x))]).toEqual([0, 251, 502, 753, 1004]);
    expect([...new Set(grid.map((p) => p.y))]).toEqual([0, 328, 656]);
    expect(grid.every((p) => !p.padded && p.width === 384 && p.height === 384)).toBe(true);
  });

  it('covers other sizes with the last patch on the edge; a small image is one patch of its own size', () => {
    expect(axisPositions(1038, 384, 328)).toEqual([0, 327, 654]);
    expect(axisPositions(384, 384, 251)).toEqual([0]);
    expect(axisPositions(2000, 384, 251)).toEqual([0, 231, 462, 693, 923, 1154, 1385, 1616]);
    const small = patchGrid(78, 78);
    expect(small).toEqual([
      {
        index: 0,
        row: 0,
        col: 0,
        x: 0,
        y: 0,
        width: 78,
        height: 78,
        validWidth: 78,
        validHeight: 78,
        padded: false,
      },
    ]);
    expect(() => patchGrid(100, 100, { patchWidth: 64, patchHeight: 64, strideX: 65, strideY: 32 })).toThrow(
      /gaps/,
    );
  });

  it('cuts patches (padding with zeros) and rebuilds the full mask exactly', () => {
    const s = generateSpecimen({ seed: 5, pattern: 'golgi', width: 700, height: 500, bitDepth: 16 });
    const settings = { patchWidth: 256, patchHeight: 256, strideX: 200, strideY: 200 };
    const grid = patchGrid(700, 500, settings);
    expect(grid).toHaveLength(4 * 3);
    const last = grid[grid.length - 1];
    if (!last) throw new Error('empty grid');
    const patch = cutImagePatch(s.image, last);
    expect(patch.data).toBeInstanceOf(Uint16Array);
    expect(patch.data[0]).toBe(s.image.data[last.y * 700 + last.x]);
    const parts = grid.map((rect) => ({ rect, values: cutMaskPatch(s.mask, rect).data }));
    const rebuilt = rebuildMask(700, 500, parts);
    expect(Buffer.from(rebuilt.data).equals(Buffer.from(s.mask.data))).toBe(true);

    // Wider than the patch, shorter than it: padded below (every patch of the row is 256x256).
    const padded = patchGrid(300, 60, settings)[0];
    if (!padded) throw new Error('no patch');
    expect(padded).toMatchObject({ width: 256, height: 256, validWidth: 256, validHeight: 60, padded: true });
    const pm = cutMaskPatch({ width: 300, height: 60, data: new Uint8Array(18000).fill(255) }, padded);
    expect(pm.data[59 * 256 + 255]).toBe(255);
    expect(pm.data[60 * 256]).toBe(0);
  });

  it('averages overlapping probabilities', () => {
    const grid = patchGrid(6, 4, { patchWidth: 4, patchHeight: 4, strideX: 2, strideY: 4 });
    const p = rebuildProbability(6, 4, [
      { rect: grid[0]!, values: new Float32Array(16).fill(1) },
      { rect: grid[1]!, values: new Float32Array(16).fill(0) },
    ]);
    expect([...p.slice(0, 6)]).toEqual([1, 1, 0.5, 0.5, 0, 0]);
  });

  it('gives patches the specimen labels as weak labels', () => {
    const plans = planSpecimenPatches({
      id: 's1',
      width: 1388,
      height: 1040,
      pattern: 'centromere',
      intensity: 'positive',
    });
    expect(plans).toHaveLength(15);
    expect(plans.every((p) => p.labelSource === 'specimen-weak' && p.pattern === 'centromere')).toBe(true);
  });
});
