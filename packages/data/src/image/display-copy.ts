import sharp from 'sharp';
import { type GreyImage, maxValue } from './grey-image';

/**
 * How a specimen is shown by default, in the source's own units (0..255 or 0..65535). Fitted once
 * per specimen, so every patch of a specimen looks the same and a dim specimen is not re-stretched
 * patch by patch.
 */
export interface DisplayWindow {
  /** Values at or below are black. */
  low: number;
  /** Values at or above are full colour. */
  high: number;
  /** Smallest and largest value that is not a padding/border zero (0 when every pixel is 0). */
  min: number;
  max: number;
  /** Share of all pixels at the bit depth's largest value (sensor saturation). */
  saturatedFraction: number;
  /** Share of all pixels that are exactly 0 (padding, black borders) and were left out of the fit. */
  zeroFraction: number;
}

export interface WindowOptions {
  /** Quantiles of the non-zero pixels that become black and white. */
  lowQuantile?: number;
  highQuantile?: number;
}

/**
 * The specimen's display window: the `lowQuantile` and `highQuantile` of its pixels, leaving out
 * exact zeros. Zeros are padding (a crop padded into a patch), black borders of a scan or dead
 * corners: counted, they drag Black to 0 and wash a dim image out. A real background is rarely
 * exactly 0 on a fluorescence camera, and where it is, leaving it out costs at most one grey level.
 */
export function displayWindow(image: GreyImage, options: WindowOptions = {}): DisplayWindow {
  const lowQ = options.lowQuantile ?? 0.005;
  const highQ = options.highQuantile ?? 0.998;
  const top = maxValue(image.bitDepth);
  const histogram = new Uint32Array(top + 1);
  const data = image.data;
  for (let i = 0; i < data.length; i++)
    histogram[data[i] as number] = (histogram[data[i] as number] as number) + 1;
  const zeros = histogram[0] as number;
  const counted = data.length - zeros;
  const total = Math.max(1, data.length);
  const saturatedFraction = (histogram[top] as number) / total;
  if (counted === 0)
    return { low: 0, high: 1, min: 0, max: 0, saturatedFraction, zeroFraction: zeros / total };
  let min = 1;
  while ((histogram[min] as number) === 0) min++;
  let max = top;
  while ((histogram[max] as number) === 0) max--;
  const lowCount = counted * lowQ;
  const highCount = counted * highQ;
  let low = min;
  let high = max;
  let seen = 0;
  let lowFound = false;
  for (let v = 1; v <= top; v++) {
    seen += histogram[v] as number;
    if (!lowFound && seen > lowCount) {
      low = v;
      lowFound = true;
    }
    if (seen >= highCount) {
      high = v;
      break;
    }
  }
  // A flat image (one value) still gets a usable window.
  if (high <= low) {
    if (low >= top) low = top - 1;
    high = low + 1;
  }
  return { low, high, min, max, saturatedFraction, zeroFraction: zeros / total };
}

/** Source values through `window` to 8-bit grey, linearly (no gamma: the copy is a faithful preview). */
export function windowTo8Bit(image: GreyImage, window: Pick<DisplayWindow, 'low' | 'high'>): Uint8Array {
  const lut = new Uint8Array(maxValue(image.bitDepth) + 1);
  const span = Math.max(1, window.high - window.low);
  for (let v = 0; v < lut.length; v++) {
    const t = Math.min(1, Math.max(0, (v - window.low) / span));
    lut[v] = Math.round(t * 255);
  }
  const out = new Uint8Array(image.data.length);
  for (let i = 0; i < out.length; i++) out[i] = lut[image.data[i] as number] as number;
  return out;
}

export interface DisplayCopy {
  /** An 8-bit grey PNG every browser decodes. */
  png: Buffer;
  width: number;
  height: number;
  window: DisplayWindow;
}

export const DISPLAY_COPY_MAX_SIDE = 1600;

/**
 * A browser-readable copy of a specimen for previews: windowed once from the specimen's own
 * statistics (8- and 16-bit alike), shrunk so its long side is at most `maxSide`, as an 8-bit PNG.
 */
export async function makeDisplayCopy(
  image: GreyImage,
  options: WindowOptions & { maxSide?: number } = {},
): Promise<DisplayCopy> {
  const window = displayWindow(image, options);
  const grey = windowTo8Bit(image, window);
  const maxSide = options.maxSide ?? DISPLAY_COPY_MAX_SIDE;
  const k = Math.min(1, maxSide / Math.max(image.width, image.height));
  const width = Math.max(1, Math.round(image.width * k));
  const height = Math.max(1, Math.round(image.height * k));
  let pipe = sharp(grey, { raw: { width: image.width, height: image.height, channels: 1 } });
  if (k < 1) pipe = pipe.resize({ width, height, fit: 'fill', kernel: 'lanczos3' });
  const png = await pipe.toColourspace('b-w').png({ compressionLevel: 6 }).toBuffer();
  return { png, width, height, window };
}
