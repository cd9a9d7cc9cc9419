import { type BinaryMask, type CocoRle, decodeImage, decodeRle, encodeMaskPng, rleArea } from '@hep2/data';
import { DomainError } from '../../shared/domain-error';

export type { BinaryMask, CocoRle };

const invalid = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError('INVALID_MASK', `mask: ${message}`, { field: 'mask', ...details });

/**
 * Checks a COCO uncompressed RLE (column-major run lengths starting with background) against the
 * patch size and decodes it. RLE can only say "on" or "off", so a valid RLE is binary by construction;
 * what can be wrong is the size, negative or fractional runs, and runs that do not cover the patch.
 */
export function decodeMaskRle(
  rle: { size: readonly number[]; counts: readonly number[] },
  expected: { width: number; height: number },
): BinaryMask {
  const [height, width] = rle.size;
  if (rle.size.length !== 2 || height !== expected.height || width !== expected.width) {
    throw invalid(`size must be [${expected.height}, ${expected.width}] (height, width)`, {
      expected: [expected.height, expected.width],
      got: rle.size,
    });
  }
  const total = expected.width * expected.height;
  if (rle.counts.length === 0 || rle.counts.length > total + 1) {
    throw invalid(`counts must hold between 1 and ${total + 1} runs`);
  }
  let sum = 0;
  for (const count of rle.counts) {
    if (!Number.isInteger(count) || count < 0) throw invalid('counts must be non-negative integers');
    sum += count;
  }
  if (sum !== total)
    throw invalid(`counts cover ${sum} pixels, the patch has ${total}`, { expected: total, got: sum });
  return decodeRle({ size: [height, width], counts: [...rle.counts] });
}

/** Foreground pixels of a validated RLE: its odd runs, without a pass over the decoded pixels. */
export const maskAreaOfRle = (rle: { counts: readonly number[] }): number => rleArea(rle);

/** 8-bit PNG holding only 0 and 255 (the format every mask in the store uses). */
export const maskToPng = (mask: BinaryMask): Promise<Buffer> => encodeMaskPng(mask);

/** Reads a stored mask PNG back; any nonzero pixel is foreground. */
export async function maskFromPng(bytes: Uint8Array): Promise<BinaryMask> {
  const image = await decodeImage(bytes);
  const data = new Uint8Array(image.width * image.height);
  for (let i = 0; i < data.length; i++) data[i] = image.data[i] ? 255 : 0;
  return { width: image.width, height: image.height, data };
}
