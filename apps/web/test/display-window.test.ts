import { describe, expect, it } from 'vitest';
import {
  fitTransform,
  MAX_SCALE,
  MIN_SCALE,
  zoomAnchor,
  zoomAt,
  zoomPercent,
} from '../src/features/editor/canvas/view-transform';
import { autoWindow } from '../src/features/editor/display/auto-window';
import { defaultDisplay } from '../src/features/editor/display/display-settings';
import {
  contentBox,
  type SpecimenWindow,
  sliderRange,
  specimenWindow,
  valueStats,
  windowFor,
} from '../src/features/editor/display/display-window';
import type { GreyImage } from '../src/features/editor/display/grey-image';
import { buildLut, markSaturated } from '../src/features/editor/display/lut';
import { shownSize } from '../src/features/review/mask-compare-canvas';

/** A 16-bit patch with values 224..544 and, optionally, a black border (padding). */
function dimPatch(size: number, border: number): GreyImage {
  const data = new Uint16Array(size * size);
  for (let y = border; y < size - border; y++)
    for (let x = border; x < size - border; x++) data[y * size + x] = 224 + ((x * 31 + y * 17) % 321);
  return { width: size, height: size, data, maxValue: 65535 };
}

const specimen16: SpecimenWindow = {
  low: 230,
  high: 540,
  min: 224,
  max: 544,
  bitDepth: 16,
  saturatedFraction: 0,
};

describe('display windows', () => {
  it('auto window ignores padding and border zeros (Black is not dragged to 0)', () => {
    const bordered = autoWindow(dimPatch(64, 8).data, 65535);
    const plain = autoWindow(dimPatch(64, 0).data, 65535);
    expect(bordered.low).toBeGreaterThanOrEqual(224);
    expect(Math.abs(bordered.low - plain.low)).toBeLessThanOrEqual(2);
    expect(autoWindow(new Uint8Array(16), 255)).toEqual({ low: 0, high: 1 });
  });

  it('the default window is the specimen’s, the same for every patch of it', () => {
    const a = dimPatch(32, 0);
    const b = dimPatch(32, 10);
    expect(specimenWindow(a, specimen16)).toEqual({ low: 230, high: 540 });
    expect(specimenWindow(b, specimen16)).toEqual({ low: 230, high: 540 });
    // unknown, or in other units (an 8-bit patch): fitted to the patch
    expect(specimenWindow(a, null).low).toBeGreaterThanOrEqual(224);
    const eight: GreyImage = { width: 2, height: 1, data: new Uint8Array([10, 40]), maxValue: 255 };
    expect(specimenWindow(eight, specimen16).high).toBeLessThanOrEqual(40);
  });

  it('raw mode shows true intensity on the full bit-depth scale', () => {
    expect(windowFor('raw', dimPatch(8, 0), specimen16)).toEqual({ low: 0, high: 65535 });
    const eight: GreyImage = { width: 1, height: 1, data: new Uint8Array([39]), maxValue: 255 };
    expect(windowFor('raw', eight, null)).toEqual({ low: 0, high: 255 });
  });

  it('sliders span the values the image holds, not 0..65535', () => {
    const image = dimPatch(32, 0);
    const range = sliderRange(image, valueStats(image), specimen16, { low: 230, high: 540 });
    expect(range.min).toBe(0);
    expect(range.max).toBeGreaterThanOrEqual(544);
    expect(range.max).toBeLessThan(600);
  });

  it('counts saturated pixels and paints them red in the clipping overlay', () => {
    const data = new Uint8Array(100).fill(40);
    data.fill(255, 0, 23);
    const stats = valueStats({ width: 10, height: 10, data, maxValue: 255 });
    expect(stats.saturatedFraction).toBeCloseTo(0.23);
    const lut = markSaturated(buildLut(255, { ...defaultDisplay(255), low: 0, high: 200 }), 255);
    expect([...lut.slice(255 * 4, 256 * 4)]).toEqual([255, 32, 32, 255]);
    expect(lut[254 * 4]).not.toBe(255);
  });

  it('finds the real crop inside a padded patch', () => {
    const data = new Uint8Array(384 * 384);
    for (let y = 0; y < 74; y++) for (let x = 0; x < 78; x++) data[y * 384 + x] = 20 + ((x + y) % 5);
    expect(contentBox({ width: 384, height: 384, data, maxValue: 255 })).toEqual({
      x: 0,
      y: 0,
      width: 78,
      height: 74,
    });
    expect(contentBox(dimPatch(8, 0))).toBeNull();
  });
});

describe('crops at their real size, centred', () => {
  it('a 78x74 crop is enlarged by a whole factor and centred', () => {
    const t = fitTransform(800, 600, 78, 74);
    expect(Number.isInteger(t.scale)).toBe(true);
    expect(t.scale).toBe(7);
    expect(t.offsetX).toBe(Math.round((800 - 78 * 7) / 2));
    expect(t.offsetY).toBe(Math.round((600 - 74 * 7) / 2));
  });

  it('a padded patch is fitted to its crop, and keyboard zoom keeps the cell centred', () => {
    const region = { x: 0, y: 0, width: 78, height: 74 };
    const t = fitTransform(800, 600, 384, 384, region);
    expect(t.scale).toBe(7);
    const anchor = zoomAnchor(t, region, null);
    expect(anchor).toEqual({ x: 39 * 7 + t.offsetX, y: 37 * 7 + t.offsetY });
    const zoomed = zoomAt(t, 1.25, anchor.x, anchor.y);
    expect(39 * zoomed.scale + zoomed.offsetX).toBeCloseTo(anchor.x);
    expect(37 * zoomed.scale + zoomed.offsetY).toBeCloseTo(anchor.y);
  });

  it('reads the zoom as screen pixels per image pixel, in whole percents', () => {
    expect(zoomPercent(fitTransform(800, 600, 78, 74).scale)).toBe('700 %');
    expect(zoomPercent(1)).toBe('100 %');
    expect(zoomPercent(zoomAt({ scale: 1, offsetX: 0, offsetY: 0 }, 1.25, 0, 0).scale)).toBe('125 %');
    expect(zoomPercent(2 * 0.8 ** 3)).toBe('102 %');
    expect([zoomPercent(MIN_SCALE), zoomPercent(MAX_SCALE)]).toEqual(['25 %', '3200 %']);
  });

  it('the review shows a crop at a whole multiple and shrinks a big patch to the box', () => {
    expect(shownSize({ width: 78, height: 74 }, 250)).toEqual({ width: 234, height: 222 });
    expect(shownSize({ width: 78, height: 74 }, 520)).toEqual({ width: 468, height: 444 });
    expect(shownSize({ width: 384, height: 384 }, 250)).toEqual({ width: 250, height: 250 });
  });
});
