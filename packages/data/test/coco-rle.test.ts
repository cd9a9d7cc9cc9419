import { describe, expect, it } from 'vitest';
import { RleError } from '../src/export/coco-rle';
import {
  buildCocoDataset,
  decodeRle,
  encodeRle,
  generateSpecimen,
  rleArea,
  rleBbox,
  rleCountsFromString,
  rleCountsToString,
  SeededRandom,
} from '../src/index';

const mask = (width: number, height: number, bits: number[]) => ({
  width,
  height,
  data: Uint8Array.from(bits, (b) => (b ? 255 : 0)),
});

describe('COCO RLE', () => {
  it('runs over columns, starting with background (hand-computed)', () => {
    // 3 wide, 2 high:   0 1 1
    //                   0 0 1   -> columns: (0,0) (1,0) (1,1) -> 0 0 1 0 1 1
    const m = mask(3, 2, [0, 1, 1, 0, 0, 1]);
    const rle = encodeRle(m);
    expect(rle).toEqual({ size: [2, 3], counts: [2, 1, 1, 2] });
    expect(rleArea(rle)).toBe(3);
    expect(rleBbox(rle)).toEqual([1, 0, 2, 2]);
    expect(encodeRle(mask(2, 2, [1, 1, 1, 0])).counts).toEqual([0, 3, 1]);
    expect(encodeRle(mask(2, 2, [0, 0, 0, 0])).counts).toEqual([4]);
    expect(Buffer.from(decodeRle(rle).data).equals(Buffer.from(m.data))).toBe(true);
  });

  it('round-trips random and generated masks', () => {
    const rng = new SeededRandom(9);
    for (let t = 0; t < 20; t++) {
      const w = rng.int(1, 40);
      const h = rng.int(1, 40);
      const m = mask(
        w,
        h,
        Array.from({ length: w * h }, () => (rng.chance(0.3) ? 1 : 0)),
      );
      const rle = encodeRle(m);
      expect(Buffer.from(decodeRle(rle).data).equals(Buffer.from(m.data))).toBe(true);
      expect(rleCountsFromString(rleCountsToString(rle.counts))).toEqual(rle.counts);
    }
    const s = generateSpecimen({ seed: 2, pattern: 'nucleolar', width: 400, height: 300 });
    expect(Buffer.from(decodeRle(encodeRle(s.mask)).data).equals(Buffer.from(s.mask.data))).toBe(true);
  });

  it('decodes to the foreground value asked for (the editor paints 1)', () => {
    const m = { width: 7, height: 5, data: Uint8Array.from({ length: 35 }, (_, i) => (i % 3 === 0 ? 1 : 0)) };
    const back = decodeRle(encodeRle(m), 1);
    expect([back.width, back.height]).toEqual([7, 5]);
    expect(Array.from(back.data)).toEqual(Array.from(m.data));
  });

  it('refuses runs that do not cover the image, and sizes that are not [height, width]', () => {
    expect(() => decodeRle({ size: [2, 2], counts: [1, 1] })).toThrow(RleError);
    expect(() => decodeRle({ size: [2, 2], counts: [3, 3] })).toThrow(RleError);
    expect(() => decodeRle({ size: [2, 2], counts: [-1, 5] })).toThrow(RleError);
    expect(() => decodeRle({ size: [2, 2], counts: [1.5, 2.5] })).toThrow(RleError);
    expect(() => decodeRle({ size: [2], counts: [2] })).toThrow(RleError);
  });

  it('compresses counts as pycocotools does', () => {
    expect(rleCountsToString([2, 1, 1, 2])).toBe('2111');
    expect(rleCountsToString([0, 3])).toBe('03');
    expect(rleCountsToString([100])).toBe('T3');
    expect(rleCountsFromString('T3')).toEqual([100]);
  });

  it('builds a COCO dataset with pattern and intensity as attributes', () => {
    const coco = buildCocoDataset([
      {
        specimenId: 's1',
        fileName: 'a.png',
        width: 3,
        height: 2,
        pattern: 'centromere',
        intensity: 'positive',
        mask: mask(3, 2, [0, 1, 1, 0, 0, 1]),
        status: 'approved',
      },
      { specimenId: 's2', fileName: 'b.png', width: 3, height: 2, pattern: 'golgi' },
    ]);
    expect(coco.categories).toHaveLength(8);
    expect(coco.images).toHaveLength(2);
    expect(coco.annotations).toHaveLength(1);
    const ann = coco.annotations[0]!;
    expect(ann.segmentation.counts).toEqual([2, 1, 1, 2]);
    expect(coco.categories.find((c) => c.id === ann.category_id)?.display_name).toBe('Centromere (AC-3)');
    expect(ann.attributes).toMatchObject({
      pattern: 'centromere',
      intensity: 'positive',
      icap: 'AC-3',
      status: 'approved',
    });
  });
});
