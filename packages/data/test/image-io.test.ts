import { encode as encodeBmp } from 'bmp-ts';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  binarizeMask,
  decodeImage,
  encodePng,
  encodeTiff,
  type GreyImage,
  ImageDecodeError,
} from '../src/index';

const ramp8: GreyImage = {
  width: 7,
  height: 5,
  bitDepth: 8,
  data: Uint8Array.from({ length: 35 }, (_, i) => i * 7),
};
const ramp16: GreyImage = {
  width: 7,
  height: 5,
  bitDepth: 16,
  data: Uint16Array.from({ length: 35 }, (_, i) => i * 1800 + 3),
};

function rgb(width: number, height: number, f: (i: number) => [number, number, number]): Promise<Buffer> {
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) data.set(f(i), i * 3);
  return sharp(data, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

describe('image decoding', () => {
  it('round-trips 8-bit PNG and 16-bit LZW TIFF exactly', async () => {
    const a = await decodeImage(await encodePng(ramp8));
    expect(a).toMatchObject({ format: 'png', width: 7, height: 5, bitDepth: 8, conversion: 'none' });
    expect([...a.data]).toEqual([...ramp8.data]);
    const b = await decodeImage(await encodeTiff(ramp16));
    expect(b).toMatchObject({ format: 'tiff', bitDepth: 16, conversion: 'none' });
    expect(b.data).toBeInstanceOf(Uint16Array);
    expect([...b.data]).toEqual([...ramp16.data]);
  });

  it('reads BMP and JPEG, and records how colour became grey', async () => {
    const abgr = Buffer.alloc(7 * 5 * 4);
    for (const [i, v] of ramp8.data.entries()) abgr.set([0, v, v, v], i * 4);
    const bmp = await decodeImage(encodeBmp({ width: 7, height: 5, data: abgr, bitPP: 24 }).data);
    expect(bmp).toMatchObject({ format: 'bmp', conversion: 'rgb-identical-channels' });
    expect([...bmp.data]).toEqual([...ramp8.data]);

    const jpeg = await sharp(ramp8.data, { raw: { width: 7, height: 5, channels: 1 } })
      .jpeg({ quality: 100 })
      .toBuffer();
    const j = await decodeImage(jpeg);
    expect(j.format).toBe('jpeg');
    expect(Math.abs((j.data[34] ?? 0) - 238)).toBeLessThan(8);

    const green = await decodeImage(await rgb(4, 4, (i) => [0, i * 10, 0]));
    expect(green.conversion).toBe('green-channel');
    expect(green.data[3]).toBe(30);
    const colour = await decodeImage(await rgb(4, 4, () => [100, 50, 200]));
    expect(colour.conversion).toBe('luminance');
    expect(colour.data[0]).toBe(Math.round(0.299 * 100 + 0.587 * 50 + 0.114 * 200));
    const forced = await decodeImage(await rgb(4, 4, () => [100, 50, 200]), { rgbToGrey: 'green' });
    expect(forced.data[0]).toBe(50);
  });

  it('refuses unreadable bytes and images above the pixel limit', async () => {
    await expect(decodeImage(Buffer.from('not an image'))).rejects.toThrow(ImageDecodeError);
    await expect(decodeImage(await encodePng(ramp8), { maxPixels: 20 })).rejects.toThrow(
      /7x5 .* above the limit/,
    );
  });
});

describe('mask binarization', () => {
  const img = (values: number[]): GreyImage => ({
    width: values.length,
    height: 1,
    bitDepth: 8,
    data: Uint8Array.from(values),
  });

  it('keeps 0/255, takes the higher of two levels, treats a few labels as foreground', () => {
    expect(binarizeMask(img([0, 255, 0])).report).toMatchObject({ method: 'already-binary', changed: false });
    const two = binarizeMask(img([39, 125, 125, 39]));
    expect([...two.mask.data]).toEqual([0, 255, 255, 0]);
    expect(two.report).toMatchObject({
      method: 'two-levels',
      values: [39, 125],
      threshold: 125,
      changed: true,
    });
    expect(two.report.note).toContain('39/125');
    const labels = binarizeMask(img([0, 8, 16, 24, 0]));
    expect([...labels.mask.data]).toEqual([0, 255, 255, 255, 0]);
    expect(labels.report.method).toBe('nonzero-labels');
    expect([...binarizeMask(img([0, 0, 0])).mask.data]).toEqual([0, 0, 0]);
  });

  it("uses Otsu's threshold on noisy masks (e.g. saved as JPEG)", () => {
    const noisy = Array.from({ length: 40 }, (_, i) => (i < 20 ? i % 9 : 240 + (i % 15)));
    const r = binarizeMask(img(noisy));
    expect(r.report.method).toBe('otsu');
    expect([...r.mask.data].filter((v) => v === 255)).toHaveLength(20);
  });
});
