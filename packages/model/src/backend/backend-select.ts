import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { cpuDelegate } from './cpu-delegate.kernel.js';
import { splitVWasm } from './wasm-copy-kernels.js';
import { conv2dBackpropFilterWasm, makeConv2dBackpropInputWasm } from './wasm-grad-kernels.js';

export type BackendChoice = 'tfjs-node-gpu' | 'tfjs-node' | 'wasm' | 'cpu';

export interface BackendInfo {
  choice: BackendChoice;
  /** tfjs backend name ('tensorflow' for both native packages). */
  tfBackend: string;
  /** Why preferred backends were skipped. */
  skipped: { choice: BackendChoice; reason: string }[];
}

export interface InitBackendOptions {
  /** Order to try; default: native GPU, native CPU, wasm, cpu. */
  order?: BackendChoice[];
  /** Conv2DBackpropFilter on wasm: 'conv' (XNNPACK, default) or 'cpu' (delegate; the slow baseline). */
  wasmFilterGrad?: 'conv' | 'cpu';
  /** Replace wasm's naive stride-1 Conv2DBackpropInput with a forward conv (default true). */
  wasmFastInputGrad?: boolean;
  log?: (message: string) => void;
}

let active: BackendInfo | null = null;

async function loadNative(pkg: string): Promise<void> {
  // A variable specifier keeps bundlers and tsc from requiring the optional package.
  const specifier: string = pkg;
  await import(specifier);
  if (!tf.findBackend('tensorflow')) throw new Error(`${pkg} loaded but registered no 'tensorflow' backend`);
}

const stockKernels = new Map<string, tf.KernelConfig>();

/** (Re)register the backward kernels the wasm backend lacks or runs naively. */
export function registerWasmGradKernels(filterGrad: 'conv' | 'cpu', fastInputGrad: boolean): void {
  // Keep the stock setupFunc: it binds the wasm export the stock kernel calls.
  const set = (kernelName: string, kernelFunc: tf.KernelFunc, setupFunc?: tf.KernelSetupFunc): void => {
    if (tf.getKernel(kernelName, 'wasm')) tf.unregisterKernel(kernelName, 'wasm');
    tf.registerKernel({ kernelName, backendName: 'wasm', kernelFunc, setupFunc });
  };
  // Kernels wasm 4.22 lacks that gradients may need: run them on the cpu backend.
  for (const name of ['UnsortedSegmentSum']) if (!tf.getKernel(name, 'wasm')) set(name, cpuDelegate(name));
  set(
    'Conv2DBackpropFilter',
    filterGrad === 'conv' ? (conv2dBackpropFilterWasm as tf.KernelFunc) : cpuDelegate('Conv2DBackpropFilter'),
  );
  if (!stockKernels.has('Conv2DBackpropInput')) {
    const stock = tf.getKernel('Conv2DBackpropInput', 'wasm');
    if (stock) stockKernels.set('Conv2DBackpropInput', stock);
  }
  const stock = stockKernels.get('Conv2DBackpropInput');
  if (stock) {
    const func = fastInputGrad
      ? (makeConv2dBackpropInputWasm(stock.kernelFunc) as tf.KernelFunc)
      : stock.kernelFunc;
    set('Conv2DBackpropInput', func, stock.setupFunc);
  }
  if (!stockKernels.has('SplitV')) {
    const stockSplit = tf.getKernel('SplitV', 'wasm');
    if (stockSplit) stockKernels.set('SplitV', stockSplit);
  }
  const stockSplit = stockKernels.get('SplitV');
  if (stockSplit) {
    // Heap-view copy (the concat gradient); the stock kernel is kept for the slow baseline.
    set('SplitV', fastInputGrad ? (splitVWasm as unknown as tf.KernelFunc) : stockSplit.kernelFunc);
  }
}

export async function initBackend(options: InitBackendOptions = {}): Promise<BackendInfo> {
  const order = options.order ?? ['tfjs-node-gpu', 'tfjs-node', 'wasm', 'cpu'];
  const log = options.log ?? ((m: string) => console.info(m));
  const skipped: BackendInfo['skipped'] = [];
  for (const choice of order) {
    try {
      if (choice === 'tfjs-node-gpu' || choice === 'tfjs-node') {
        await loadNative(`@tensorflow/${choice}`);
        if (!(await tf.setBackend('tensorflow'))) throw new Error('setBackend(tensorflow) failed');
      } else if (choice === 'wasm') {
        registerWasmGradKernels(options.wasmFilterGrad ?? 'conv', options.wasmFastInputGrad ?? true);
        if (!(await tf.setBackend('wasm'))) throw new Error('setBackend(wasm) failed');
      } else if (!(await tf.setBackend('cpu'))) {
        throw new Error('setBackend(cpu) failed');
      }
      await tf.ready();
      active = { choice, tfBackend: tf.getBackend(), skipped };
      log(
        `[@hep2/model] backend: ${choice} (tfjs '${tf.getBackend()}')${skipped.length ? `; skipped ${skipped.map((s) => s.choice).join(', ')}` : ''}`,
      );
      return active;
    } catch (err) {
      skipped.push({
        choice,
        reason: err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err),
      });
    }
  }
  throw new Error(`no tfjs backend could be initialised: ${JSON.stringify(skipped)}`);
}

/** The backend chosen by the last initBackend() call, or null before it. */
export function activeBackend(): BackendInfo | null {
  return active;
}
