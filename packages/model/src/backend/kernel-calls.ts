import * as tf from '@tensorflow/tfjs';

type Info = tf.TensorInfo;
export type KernelBackend = tf.KernelBackend;

/**
 * Run another registered kernel of the same backend directly from inside a kernel. Engine ops cannot
 * be used there (they would be recorded on the tape and tracked as user tensors), so intermediates
 * are plain TensorInfos that the caller releases with `release`.
 */
export function callKernel(
  name: string,
  backend: KernelBackend,
  inputs: Record<string, Info>,
  attrs: Record<string, unknown> = {},
): Info {
  const kernel = tf.getKernel(name, tf.getBackend());
  if (!kernel) throw new Error(`kernel ${name} missing on backend ${tf.getBackend()}`);
  const out = kernel.kernelFunc({ inputs, backend, attrs: attrs as tf.NamedAttrMap });
  return (Array.isArray(out) ? out[0] : out) as Info;
}

export function release(backend: KernelBackend, ...infos: Info[]): void {
  for (const info of infos) backend.disposeData(info.dataId);
}

export function reshape(backend: KernelBackend, x: Info, shape: number[]): Info {
  return callKernel('Reshape', backend, { x }, { shape });
}

export function transpose(backend: KernelBackend, x: Info, perm: number[]): Info {
  return callKernel('Transpose', backend, { x }, { perm });
}
