import { decode } from 'fast-png';
import type { Mask } from '../mask/mask';

/** A single-channel image at its source depth (16-bit stays 16-bit, for windowing). */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array | Uint16Array;
  maxValue: number;
}

/** Decodes a PNG (grey, grey+alpha, RGB or RGBA, 8 or 16 bit) to one channel: colour uses green (FITC). */
export function decodeGreyPng(bytes: ArrayBuffer | Uint8Array): GreyImage {
  const png = decode(bytes);
  const channels = png.channels;
  const pixels = png.width * png.height;
  const sixteen = png.depth === 16;
  const data = sixteen ? new Uint16Array(pixels) : new Uint8Array(pixels);
  const source = png.data as ArrayLike<number>;
  const offset = channels >= 3 ? 1 : 0;
  if (png.palette && channels === 1) {
    for (let i = 0; i < pixels; i++) data[i] = png.palette[source[i] as number]?.[1] ?? 0;
  } else {
    for (let i = 0; i < pixels; i++) data[i] = source[i * channels + offset] as number;
  }
  return { width: png.width, height: png.height, data, maxValue: sixteen ? 65535 : 255 };
}

/** A stored mask PNG (0/255) as a binary mask: any nonzero pixel is cell. */
export function decodeMaskPng(bytes: ArrayBuffer | Uint8Array): Mask {
  const image = decodeGreyPng(bytes);
  const data = new Uint8Array(image.width * image.height);
  for (let i = 0; i < data.length; i++) data[i] = image.data[i] ? 1 : 0;
  return { width: image.width, height: image.height, data };
}
