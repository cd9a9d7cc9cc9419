import { sha256 } from '../image/content-hash';
import type { BinaryMask } from '../image/grey-image';
import { type DecodedImage, type DecodeOptions, decodeImage, ImageDecodeError } from '../image/image-decode';
import { encodeMaskPng } from '../image/image-encode';
import { binarizeMask, type MaskReport } from '../image/mask-binarize';

export interface PreparedMask {
  /** SHA-256 of the file as given. */
  sourceSha256: string;
  mask: BinaryMask;
  report: MaskReport;
  /** The mask as the platform stores it: 8-bit PNG, 0/255. */
  png: Buffer;
  pngSha256: string;
}

export interface PreparedImage {
  sha256: string;
  image: DecodedImage;
  mask?: PreparedMask;
}

export class ImportItemError extends Error {
  override name = 'ImportItemError';
}

/**
 * Decodes one specimen image (and its mask): the step shared by folder imports and single uploads.
 * Throws ImportItemError with a reason fit for a row report.
 */
export async function prepareImportItem(
  imageBytes: Uint8Array,
  maskBytes: Uint8Array | undefined,
  options: DecodeOptions = {},
): Promise<PreparedImage> {
  let image: DecodedImage;
  try {
    image = await decodeImage(imageBytes, options);
  } catch (err) {
    throw new ImportItemError(
      err instanceof ImageDecodeError ? err.message : `unreadable image: ${String(err)}`,
    );
  }
  const prepared: PreparedImage = { sha256: sha256(imageBytes), image };
  if (!maskBytes) return prepared;
  let maskImage: DecodedImage;
  try {
    maskImage = await decodeImage(maskBytes, { ...options, rgbToGrey: 'luminance' });
  } catch (err) {
    throw new ImportItemError(`mask: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (maskImage.width !== image.width || maskImage.height !== image.height) {
    throw new ImportItemError(
      `mask is ${maskImage.width}x${maskImage.height} but the image is ${image.width}x${image.height}`,
    );
  }
  const { mask, report } = binarizeMask(maskImage);
  const png = await encodeMaskPng(mask);
  prepared.mask = { sourceSha256: sha256(maskBytes), mask, report, png, pngSha256: sha256(png) };
  return prepared;
}
