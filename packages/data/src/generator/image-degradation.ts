import type { SeededRandom } from '../random/seeded-random';

function gaussianKernel(sigma: number): Float32Array {
  const r = Math.max(1, Math.ceil(sigma * 2.5));
  const k = new Float32Array(2 * r + 1);
  let sum = 0;
  for (let i = -r; i <= r; i++) {
    const v = Math.exp(-(i * i) / (2 * sigma * sigma));
    k[i + r] = v;
    sum += v;
  }
  for (let i = 0; i < k.length; i++) k[i] = (k[i] ?? 0) / sum;
  return k;
}

function blurRow(src: Float32Array, dst: Float32Array, offset: number, n: number, k: Float32Array): void {
  const r = (k.length - 1) >> 1;
  for (let x = 0; x < n; x++) {
    let acc = 0;
    if (x >= r && x < n - r) {
      const p = offset + x - r;
      for (let j = 0; j < k.length; j++) acc += (k[j] as number) * (src[p + j] as number);
    } else {
      for (let j = -r; j <= r; j++) {
        const xx = x + j < 0 ? 0 : x + j >= n ? n - 1 : x + j;
        acc += (k[j + r] as number) * (src[offset + xx] as number);
      }
    }
    dst[offset + x] = acc;
  }
}

/** Separable Gaussian blur with clamped edges (the optics' point-spread function). */
export function gaussianBlur(src: Float32Array, width: number, height: number, sigma: number): Float32Array {
  if (sigma <= 0) return src.slice();
  const k = gaussianKernel(sigma);
  const tmp = new Float32Array(src.length);
  const out = new Float32Array(src.length);
  for (let y = 0; y < height; y++) blurRow(src, tmp, y * width, width, k);
  // Vertical pass row by row, reading the 2r+1 source rows in step: memory is walked in order.
  const r = (k.length - 1) >> 1;
  for (let y = 0; y < height; y++) {
    const o = y * width;
    if (y >= r && y < height - r) {
      const base = (y - r) * width;
      for (let x = 0; x < width; x++) {
        let acc = 0;
        for (let j = 0, p = base + x; j < k.length; j++, p += width)
          acc += (k[j] as number) * (tmp[p] as number);
        out[o + x] = acc;
      }
      continue;
    }
    for (let j = -r; j <= r; j++) {
      const yy = y + j < 0 ? 0 : y + j >= height ? height - 1 : y + j;
      const kj = k[j + r] as number;
      const src2 = yy * width;
      for (let x = 0; x < width; x++) out[o + x] = (out[o + x] as number) + kj * (tmp[src2 + x] as number);
    }
  }
  return out;
}

/** Bilinear upsampling of a coarse grid whose nodes sit every `step` pixels. */
function upsample(
  coarse: Float32Array,
  cw: number,
  step: number,
  width: number,
  height: number,
): Float32Array {
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const gy = y / step;
    const y0 = Math.floor(gy);
    const fy = gy - y0;
    for (let x = 0; x < width; x++) {
      const gx = x / step;
      const x0 = Math.floor(gx);
      const fx = gx - x0;
      const i = y0 * cw + x0;
      const top = (coarse[i] as number) * (1 - fx) + (coarse[i + 1] as number) * fx;
      const bottom = (coarse[i + cw] as number) * (1 - fx) + (coarse[i + cw + 1] as number) * fx;
      out[y * width + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return out;
}

/**
 * Slowly varying fields over the image: `illumination` (vignetting and a tilt, multiplies the stain)
 * and `background` (additive glow, in units of the background level). Computed on a coarse grid.
 */
export function unevenFields(
  rng: SeededRandom,
  width: number,
  height: number,
): { illumination: Float32Array; background: Float32Array } {
  const vignette = rng.uniform(0.12, 0.3);
  const cx = width * rng.uniform(0.35, 0.65);
  const cy = height * rng.uniform(0.35, 0.65);
  const tiltX = rng.uniform(-0.12, 0.12);
  const tiltY = rng.uniform(-0.12, 0.12);
  const blobs = Array.from({ length: 3 }, () => ({
    x: rng.uniform(0, width),
    y: rng.uniform(0, height),
    s: rng.uniform(0.2, 0.5) * Math.max(width, height),
    a: rng.uniform(-0.15, 0.3),
  }));
  const diag2 = (width * width + height * height) / 4;
  const step = 16;
  const cw = Math.ceil(width / step) + 2;
  const ch = Math.ceil(height / step) + 2;
  const illum = new Float32Array(cw * ch);
  const back = new Float32Array(cw * ch);
  for (let gy = 0; gy < ch; gy++) {
    for (let gx = 0; gx < cw; gx++) {
      const x = gx * step;
      const y = gy * step;
      const d2 = ((x - cx) ** 2 + (y - cy) ** 2) / diag2;
      illum[gy * cw + gx] =
        (1 - vignette * d2) * (1 + tiltX * (x / width - 0.5) + tiltY * (y / height - 0.5));
      let b = 1 - 0.5 * vignette * d2;
      for (const blob of blobs)
        b += blob.a * Math.exp(-((x - blob.x) ** 2 + (y - blob.y) ** 2) / (2 * blob.s * blob.s));
      back[gy * cw + gx] = b;
    }
  }
  return {
    illumination: upsample(illum, cw, step, width, height),
    background: upsample(back, cw, step, width, height),
  };
}

export interface NoiseModel {
  /** Photo-electrons per grey level (8-bit scale): lower means noisier. */
  photonsPerLevel: number;
  readNoise: number;
}

const NORMAL_TABLE_BITS = 14;

/** A table of standard normals drawn once per image: one PRNG draw per pixel instead of a log and a sqrt. */
function normalTable(rng: SeededRandom): Float32Array {
  const t = new Float32Array(1 << NORMAL_TABLE_BITS);
  for (let i = 0; i < t.length; i++) t[i] = rng.normal();
  return t;
}

/** Shot noise (Gaussian approximation of Poisson) and read noise, then quantisation. */
export function addNoiseAndQuantise(
  value: Float32Array,
  rng: SeededRandom,
  noise: NoiseModel,
  bitDepth: 8 | 16,
): Uint8Array | Uint16Array {
  const scale = bitDepth === 16 ? 257 : 1;
  const max = bitDepth === 16 ? 65535 : 255;
  const out = bitDepth === 16 ? new Uint16Array(value.length) : new Uint8Array(value.length);
  const table = normalTable(rng);
  const shift = 32 - NORMAL_TABLE_BITS;
  const inv = 1 / noise.photonsPerLevel;
  const read2 = noise.readNoise * noise.readNoise;
  for (let i = 0; i < value.length; i++) {
    const v = value[i] as number;
    const sd = Math.sqrt((v > 0 ? v * inv : 0) + read2);
    const q = Math.round((v + sd * (table[rng.nextUint32() >>> shift] as number)) * scale);
    // biome-ignore lint/complexity/useMathMinMax: hot loop over every pixel; the ternary clamp is measurably faster
    out[i] = q < 0 ? 0 : q > max ? max : q;
  }
  return out;
}
