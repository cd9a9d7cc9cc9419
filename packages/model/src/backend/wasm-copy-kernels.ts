import type * as tf from '@tensorflow/tfjs';
import { callKernel, type KernelBackend, release, reshape } from './kernel-calls.js';

type Info = tf.TensorInfo;

/** The two BackendWasm methods used here: a heap view of a tensor and a new output tensor. */
interface WasmHeapBackend {
  typedArrayFromHeap(info: Info): Float32Array;
  makeOutput(shape: number[], dtype: tf.DataType): Info;
}

const heap = (backend: KernelBackend): WasmHeapBackend => backend as unknown as WasmHeapBackend;

/**
 * SplitV on WASM by copying from heap views in a tight loop. The stock kernel slices each piece with
 * one `subarray().set()` per pixel after copying the whole input out of the heap (`readSync`); for a
 * channel split of a decoder concat gradient that took ~30 ms per call at 8x64x64x48.
 */
export function splitVWasm(args: {
  inputs: tf.NamedTensorInfoMap;
  backend: KernelBackend;
  attrs?: tf.NamedAttrMap;
}): Info[] {
  const { x } = args.inputs as { x: Info };
  const attrs = args.attrs as unknown as { numOrSizeSplits: number | number[]; axis: number | number[] };
  const rank = x.shape.length;
  const axisRaw = Array.isArray(attrs.axis) ? (attrs.axis[0] as number) : attrs.axis;
  const axis = axisRaw < 0 ? axisRaw + rank : axisRaw;
  const dim = x.shape[axis] as number;
  let sizes: number[];
  if (typeof attrs.numOrSizeSplits === 'number') {
    sizes = new Array(attrs.numOrSizeSplits).fill(dim / attrs.numOrSizeSplits);
  } else {
    sizes = [...attrs.numOrSizeSplits];
    const neg = sizes.indexOf(-1);
    if (neg >= 0) sizes[neg] = dim - sizes.reduce((s, v) => s + (v === -1 ? 0 : v), 0);
  }
  const outer = x.shape.slice(0, axis).reduce((a, b) => a * b, 1);
  const inner = x.shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const b = heap(args.backend);
  const outs = sizes.map((s) => {
    const shape = [...x.shape];
    shape[axis] = s;
    return b.makeOutput(shape, x.dtype);
  });
  // Views after all allocations (a heap growth detaches earlier views).
  const src = b.typedArrayFromHeap(x);
  const rowIn = dim * inner;
  let offset = 0;
  outs.forEach((out, k) => {
    const dst = b.typedArrayFromHeap(out);
    const len = (sizes[k] as number) * inner;
    copyRows(src, offset, rowIn, dst, len, outer);
    offset += len;
  });
  return outs;
}

/** dst[r*len + i] = src[start + r*stride + i] for r < rows, i < len. */
function copyRows(
  src: Float32Array,
  start: number,
  stride: number,
  dst: Float32Array,
  len: number,
  rows: number,
): void {
  if (len >= 64) {
    for (let r = 0; r < rows; r += 1)
      dst.set(src.subarray(start + r * stride, start + r * stride + len), r * len);
    return;
  }
  let o = 0;
  for (let r = 0; r < rows; r += 1) {
    const base = start + r * stride;
    for (let i = 0; i < len; i += 1) dst[o++] = src[base + i] as number;
  }
}

/**
 * dx of a strided 1x1 convolution without padding ('same' or 'valid' give none for 1x1):
 * dx[b, i*sh, j*sw, :] = dy[b, i, j, :] W^T, zero elsewhere. One GEMM plus a scatter, instead of
 * the stock naive Conv2DBackpropInput loop.
 */
export function inputGrad1x1Strided(
  backend: KernelBackend,
  dy: Info,
  filter: Info,
  inputShape: [number, number, number, number],
  sh: number,
  sw: number,
): Info {
  const [bn, oh, ow, co] = dy.shape as [number, number, number, number];
  const [, h, w, ci] = inputShape;
  const dy3 = reshape(backend, dy, [1, bn * oh * ow, co]);
  const w3 = reshape(backend, filter, [1, ci, co]);
  const prod = callKernel('BatchMatMul', backend, { a: dy3, b: w3 }, { transposeA: false, transposeB: true });
  const b = heap(backend);
  const out = b.makeOutput(inputShape, 'float32');
  const src = b.typedArrayFromHeap(prod);
  const dst = b.typedArrayFromHeap(out);
  dst.fill(0);
  let s = 0;
  for (let n = 0; n < bn; n += 1) {
    for (let i = 0; i < oh; i += 1) {
      const rowBase = (n * h + i * sh) * w * ci;
      for (let j = 0; j < ow; j += 1) {
        const base = rowBase + j * sw * ci;
        if (ci >= 64) {
          dst.set(src.subarray(s, s + ci), base);
          s += ci;
        } else {
          for (let k = 0; k < ci; k += 1) dst[base + k] = src[s++] as number;
        }
      }
    }
  }
  release(backend, dy3, w3, prod);
  return out;
}
