import * as tf from '@tensorflow/tfjs';
import { callKernel, type KernelBackend, release, reshape, transpose } from './kernel-calls.js';

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
 * dW for a 1x1 convolution: one matmul x^T dy over all (strided) pixels. Runs on XNNPACK's GEMM.
 */
function filterGrad1x1(backend: KernelBackend, x: Info, dy: Info, stride: [number, number]): Info {
  const [b, , , ci] = x.shape as [number, number, number, number];
  const [, oh, ow, co] = dy.shape as [number, number, number, number];
  let xs = x;
  if (stride[0] !== 1 || stride[1] !== 1) {
    xs = callKernel(
      'StridedSlice',
      backend,
      { x },
      {
        begin: [0, 0, 0, 0],
        end: [b, oh * stride[0], ow * stride[1], ci],
        strides: [1, stride[0], stride[1], 1],
        beginMask: 0,
        endMask: 0,
        ellipsisMask: 0,
        newAxisMask: 0,
        shrinkAxisMask: 0,
      },
    );
  }
  const a = reshape(backend, xs, [1, b * oh * ow, ci]);
  const g = reshape(backend, dy, [1, b * oh * ow, co]);
  const prod = callKernel('BatchMatMul', backend, { a, b: g }, { transposeA: true, transposeB: false });
  const out = reshape(backend, prod, [1, 1, ci, co]);
  release(backend, a, g, prod);
  if (xs !== x) release(backend, xs);
  return out;
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
  const stride: [number, number] = Array.isArray(attrs.strides)
    ? attrs.strides
    : [attrs.strides, attrs.strides];
  if (
    filterShape[0] === 1 &&
    filterShape[1] === 1 &&
    (attrs.pad === 'same' || attrs.pad === 'valid' || attrs.pad === 0)
  ) {
    return filterGrad1x1(args.backend, x, dy, stride);
  }
  return filterGradAsConv(args.backend, x, dy, attrs, filterShape);
}

/**
 * dx for stride-1 convolutions as a forward conv of dy with the spatially flipped, in/out-swapped
 * filter (XNNPACK) instead of the stock naive loop. Other strides fall back to the stock kernel.
 */
export function makeConv2dBackpropInputWasm(stock: tf.KernelFunc) {
  return (args: { inputs: tf.NamedTensorInfoMap; backend: KernelBackend; attrs?: tf.NamedAttrMap }): Info => {
    const { dy, filter } = args.inputs as { dy: Info; filter: Info };
    const attrs = args.attrs as unknown as ConvAttrs;
    const inputShape = attrs.inputShape as [number, number, number, number];
    const stride = Array.isArray(attrs.strides) ? attrs.strides : [attrs.strides, attrs.strides];
    if (stride[0] !== 1 || stride[1] !== 1 || attrs.dataFormat === 'NCHW') return stock(args) as Info;
    const [kh, kw, ci, co] = filter.shape as [number, number, number, number];
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
