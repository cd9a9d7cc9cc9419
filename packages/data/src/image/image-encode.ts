import sharp from 'sharp';
import type { BinaryMask, GreyImage } from './grey-image';

export type EncodeFormat = 'png' | 'tiff';

function pipeline(image: GreyImage): sharp.Sharp {
  const raw = { width: image.width, height: image.height, channels: 1 as const };
  // sharp infers 16-bit input from the Uint16Array's constructor, so never pass a Buffer view here.
  return sharp(image.data, { raw }).toColourspace(image.bitDepth === 16 ? 'grey16' : 'b-w');
}

/** Lossless single-channel PNG (8 or 16 bit, as the image). */
export function encodePng(image: GreyImage): Promise<Buffer> {
  return pipeline(image).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer();
}

/** Single-channel TIFF, LZW-compressed (8 or 16 bit, as the image). */
export function encodeTiff(image: GreyImage): Promise<Buffer> {
  return pipeline(image).tiff({ compression: 'lzw' }).toBuffer();
}

export function encodeImage(image: GreyImage, format: EncodeFormat): Promise<Buffer> {
  return format === 'png' ? encodePng(image) : encodeTiff(image);
}

/** Masks are always written as 8-bit PNGs holding only 0 and 255. */
export function encodeMaskPng(mask: BinaryMask): Promise<Buffer> {
  const data = new Uint8Array(mask.data.length);
  for (let i = 0; i < data.length; i++) data[i] = mask.data[i] === 0 ? 0 : 255;
  return encodePng({ width: mask.width, height: mask.height, bitDepth: 8, data });
}
