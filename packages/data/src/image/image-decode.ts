import { decode as decodeBmp } from 'bmp-ts';
import sharp from 'sharp';
import { type GreyConversion, type InterleavedPixels, type RgbToGrey, toGrey } from './grey-conversion';
import type { BitDepth, GreyImage } from './grey-image';

export type { GreyConversion, RgbToGrey } from './grey-conversion';

export interface DecodedImage extends GreyImage {
  /** Container format as detected: png, tiff, jpeg, bmp, ... */
  format: string;
  sourceChannels: number;
  conversion: GreyConversion;
}

export interface ImageProbe {
  format: string;
  width: number;
  height: number;
  channels: number;
  bitDepth: BitDepth;
}

export interface DecodeOptions {
  rgbToGrey?: RgbToGrey;
  /** Refuse images with more pixels than this (checked from the header, before decoding). */
  maxPixels?: number;
}

export const DEFAULT_MAX_PIXELS = 64_000_000;

export class ImageDecodeError extends Error {
  override name = 'ImageDecodeError';
}

function isBmp(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x42 && bytes[1] === 0x4d;
}

/** Reads size and depth from the header only. */
export async function probeImage(bytes: Uint8Array): Promise<ImageProbe> {
  if (isBmp(bytes)) {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (b.length < 26) throw new ImageDecodeError('truncated BMP header');
    return {
      format: 'bmp',
      width: b.readInt32LE(18),
      height: Math.abs(b.readInt32LE(22)),
      channels: 3,
      bitDepth: 8,
    };
  }
  try {
    const m = await sharp(bytes).metadata();
    if (!m.width || !m.height || !m.format) throw new ImageDecodeError('image has no size');
    if (m.depth !== 'uchar' && m.depth !== 'ushort' && m.depth !== 'char') {
      throw new ImageDecodeError(
        `unsupported sample format ${m.depth ?? 'unknown'} (need 8- or 16-bit integers)`,
      );
    }
    return {
      format: m.format,
      width: m.width,
      height: m.height,
      channels: m.channels ?? 1,
      bitDepth: m.depth === 'ushort' ? 16 : 8,
    };
  } catch (err) {
    if (err instanceof ImageDecodeError) throw err;
    throw new ImageDecodeError(`unreadable image: ${(err as Error).message}`);
  }
}

function checkSize(probe: ImageProbe, maxPixels: number): void {
  const pixels = probe.width * probe.height;
  if (pixels > maxPixels) {
    const mp = (n: number) => `${(n / 1e6).toFixed(1)} MP`;
    throw new ImageDecodeError(
      `image is ${probe.width}x${probe.height} (${mp(pixels)}), above the limit of ${mp(maxPixels)}`,
    );
  }
}

async function decodeWithSharp(bytes: Uint8Array, probe: ImageProbe): Promise<InterleavedPixels> {
  const colour = probe.channels >= 3;
  let pipe = sharp(bytes);
  if (probe.bitDepth === 16) {
    const space = colour ? 'rgb16' : 'grey16';
    pipe = pipe.pipelineColourspace(space).toColourspace(space);
  } else {
    pipe = pipe.toColourspace(colour ? 'srgb' : 'b-w');
  }
  const depth = probe.bitDepth === 16 ? 'ushort' : 'uchar';
  const { data, info } = await pipe.raw({ depth }).toBuffer({ resolveWithObject: true });
  const samples =
    probe.bitDepth === 16
      ? new Uint16Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength))
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return {
    width: info.width,
    height: info.height,
    channels: info.channels,
    bitDepth: probe.bitDepth,
    samples,
  };
}

function decodeBmpPixels(bytes: Uint8Array): InterleavedPixels {
  const bmp = decodeBmp(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { toRGBA: true });
  const samples = new Uint8Array(bmp.width * bmp.height * 3);
  for (let i = 0, j = 0; i < samples.length; i += 3, j += 4) {
    samples[i] = bmp.data[j] ?? 0;
    samples[i + 1] = bmp.data[j + 1] ?? 0;
    samples[i + 2] = bmp.data[j + 2] ?? 0;
  }
  return { width: bmp.width, height: bmp.height, channels: 3, bitDepth: 8, samples };
}

/**
 * Decodes PNG, TIFF (8/16-bit, any compression libtiff reads), JPEG or BMP to a grey image.
 * Colour input is reduced to one channel and the way it was done is recorded in `conversion`.
 */
export async function decodeImage(bytes: Uint8Array, options: DecodeOptions = {}): Promise<DecodedImage> {
  const probe = await probeImage(bytes);
  checkSize(probe, options.maxPixels ?? DEFAULT_MAX_PIXELS);
  let pixels: InterleavedPixels;
  try {
    pixels = probe.format === 'bmp' ? decodeBmpPixels(bytes) : await decodeWithSharp(bytes, probe);
  } catch (err) {
    throw new ImageDecodeError(`unreadable ${probe.format} image: ${(err as Error).message}`);
  }
  const grey = toGrey(pixels, options.rgbToGrey ?? 'auto');
  return { ...grey, format: probe.format, sourceChannels: probe.channels };
}
