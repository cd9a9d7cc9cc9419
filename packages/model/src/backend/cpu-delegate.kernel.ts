import * as tf from '@tensorflow/tfjs';

type Info = tf.TensorInfo;

/**
 * Run a kernel the current backend lacks on the pure-JS cpu backend: copy inputs over, run, copy
 * the result back. Correct for any kernel, slow for big ones; used as the fallback and as the
 * baseline the faster WASM kernels are measured against.
 */
export function cpuDelegate(kernelName: string): tf.KernelFunc {
  return ({ inputs, backend: target, attrs }) => {
    const backend = target as tf.KernelBackend;
    const cpu = tf.findBackend('cpu') as tf.KernelBackend | null;
    const cpuKernel = tf.getKernel(kernelName, 'cpu');
    if (!cpu || !cpuKernel) throw new Error(`cpu fallback for ${kernelName} unavailable`);
    const cpuInputs: Record<string, Info> = {};
    for (const [name, info] of Object.entries(inputs)) {
      if (!info) continue;
      const values = backend.readSync(info.dataId) as tf.backend_util.BackendValues;
      cpuInputs[name] = {
        dataId: cpu.write(values, info.shape, info.dtype),
        shape: info.shape,
        dtype: info.dtype,
      };
    }
    const result = cpuKernel.kernelFunc({ inputs: cpuInputs, backend: cpu, attrs });
    const outs = Array.isArray(result) ? result : [result];
    const copied = outs.map((o) => {
      const values = cpu.readSync(o.dataId) as tf.backend_util.BackendValues;
      return { dataId: backend.write(values, o.shape, o.dtype), shape: o.shape, dtype: o.dtype };
    });
    for (const info of [...Object.values(cpuInputs), ...outs]) cpu.disposeData(info.dataId);
    return Array.isArray(result) ? copied : (copied[0] as Info);
  };
}
