import * as tf from '@tensorflow/tfjs';
import { callKernel, type KernelBackend, release, transpose } from './kernel-calls.js';
import { inputGrad1x1Strided } from './wasm-copy-kernels.js';

type Info = tf.TensorInfo;
interface ConvAttrs {
  strides: number | [number, number];
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dataFormat: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  dilations?: number | [number, number];
  filterShape?: [number, number, number, number];
  inputShape?: [number, number, number, number];
}

/**
 * dW for a general convolution as a forward convolution on XNNPACK:
 * dW[kh,kw,ci,co] = sum_{b,oh,ow} x[b, oh*s+kh-pt, ow*s+kw-pl, ci] * dy[b,oh,ow,co], i.e. a conv of
 * x^T (channels as batch, batch as channels) with dy^T as filter, dilation = the forward stride.
 */
function filterGradAsConv(
  backend: KernelBackend,
  x: Info,
  dy: Info,
  attrs: ConvAttrs,
  filterShape: number[],
): Info {
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number],
    filterShape as [number, number, number, number],
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  const [kh, kw] = filterShape as [number, number];
  const [, h, w] = x.shape as [number, number, number, number];
  const { top, left } = info.padInfo;
  const sH = info.strideHeight;
  const sW = info.strideWidth;
  // Padding that makes the output exactly kh x kw; negative means trailing input rows are unused.
  let bottom = kh + (info.outHeight - 1) * sH - h - top;
  let right = kw + (info.outWidth - 1) * sW - w - left;
  let xs = x;
  if (bottom < 0 || right < 0) {
    const [b, , , ci] = x.shape as [number, number, number, number];
    xs = callKernel(
      'Slice',
      backend,
      { x },
      { begin: [0, 0, 0, 0], size: [b, h + Math.min(bottom, 0), w + Math.min(right, 0), ci] },
    );
    bottom = Math.max(bottom, 0);
    right = Math.max(right, 0);
  }
  const xT = transpose(backend, xs, [3, 1, 2, 0]);
  const dyT = transpose(backend, dy, [1, 2, 0, 3]);
  const conv = callKernel(
    'Conv2D',
    backend,
    { x: xT, filter: dyT },
    {
      strides: [1, 1],
      pad: [
        [0, 0],
        [top, bottom],
        [left, right],
        [0, 0],
      ],
      dataFormat: 'NHWC',
      dilations: [sH, sW],
    },
  );
  const out = transpose(backend, conv, [1, 2, 0, 3]);
  release(backend, xT, dyT, conv);
  if (xs !== x) release(backend, xs);
  return out;
}

export function conv2dBackpropFilterWasm(args: {
  inputs: tf.NamedTensorInfoMap;
  backend: KernelBackend;
  attrs?: tf.NamedAttrMap;
}): Info {
  const { x, dy } = args.inputs as { x: Info; dy: Info };
  const attrs = args.attrs as unknown as ConvAttrs;
  const filterShape = attrs.filterShape as [number, number, number, number];
  const dil = attrs.dilations ?? 1;
  if (attrs.dataFormat === 'NCHW' || (Array.isArray(dil) ? dil[0] * dil[1] !== 1 : dil !== 1)) {
    throw new Error('Conv2DBackpropFilter (wasm): only NHWC without dilation is supported');
  }
  // All kernel sizes, 1x1 included, as one forward XNNPACK conv. Measured alternatives (CPU ms, lite
  // shapes): 1x1 as x^T dy with BatchMatMul(transposeA) 70+ ms (wasm runs transposeA as a slow loop)
  // vs 10-25 ms here; a transposed im2col + GEMM was 1.1-2x slower than this form for 3x3.
  return filterGradAsConv(args.backend, x, dy, attrs, filterShape);
}

/**
 * dx for stride-1 convolutions as a forward conv of dy with the spatially flipped, in/out-swapped
 * filter (XNNPACK) instead of the stock naive loop; strided 1x1 convs as a GEMM plus a scatter.
 * Other strided convs fall back to the stock kernel.
 */
export function makeConv2dBackpropInputWasm(stock: tf.KernelFunc) {
  return (args: { inputs: tf.NamedTensorInfoMap; backend: KernelBackend; attrs?: tf.NamedAttrMap }): Info => {
    const { dy, filter } = args.inputs as { dy: Info; filter: Info };
    const attrs = args.attrs as unknown as ConvAttrs;
    const inputShape = attrs.inputShape as [number, number, number, number];
    const stride = Array.isArray(attrs.strides) ? attrs.strides : [attrs.strides, attrs.strides];
    if (attrs.dataFormat === 'NCHW') return stock(args) as Info;
    const [kh, kw, ci, co] = filter.shape as [number, number, number, number];
    if (stride[0] !== 1 || stride[1] !== 1) {
      if (kh !== 1 || kw !== 1) return stock(args) as Info;
      const info1 = tf.backend_util.computeConv2DInfo(
        inputShape,
        [kh, kw, ci, co],
        stride as [number, number],
        1,
        attrs.pad,
        attrs.dimRoundingMode,
      );
      if (info1.padInfo.top !== 0 || info1.padInfo.left !== 0) return stock(args) as Info;
      return inputGrad1x1Strided(
        args.backend,
        dy,
        filter,
        inputShape,
        stride[0] as number,
        stride[1] as number,
      );
    }
    const info = tf.backend_util.computeConv2DInfo(
      inputShape,
      [kh, kw, ci, co],
      1,
      1,
      attrs.pad,
      attrs.dimRoundingMode,
    );
    const { top, left } = info.padInfo;
    const [, h, w] = inputShape;
    const [, oh, ow] = dy.shape as [number, number, number, number];
    const padT = kh - 1 - top;
    const padL = kw - 1 - left;
    const padB = h + kh - 1 - oh - padT;
    const padR = w + kw - 1 - ow - padL;
    if (padT < 0 || padL < 0 || padB < 0 || padR < 0) return stock(args) as Info;
    const flipped = callKernel('Reverse', args.backend, { x: filter }, { dims: [0, 1] });
    const swapped = transpose(args.backend, flipped, [0, 1, 3, 2]);
    const out = callKernel(
      'Conv2D',
      args.backend,
      { x: dy, filter: swapped },
      {
        strides: [1, 1],
        pad: [
          [0, 0],
          [padT, padB],
          [padL, padR],
          [0, 0],
        ],
        dataFormat: 'NHWC',
        dilations: [1, 1],
      },
    );
    release(args.backend, flipped, swapped);
    return out;
  };
}
