/**
 * The PyTorch peer of the benchmarks (scripts/pytorch-peer.py, Debian's python3-torch): found,
 * run with the resolved model config, its one JSON line parsed.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The first interpreter that imports torch: `python3` on PATH (may be a pyenv without it), then Debian's. */
export function findTorchPython(): string | null {
  for (const py of [process.env.BENCH_PYTHON, 'python3', '/usr/bin/python3']) {
    if (!py) continue;
    const r = spawnSync(py, ['-c', 'import torch'], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  return null;
}

export interface TorchResult {
  params: number;
  /** null with `inferOnly`. */
  train_ms: number | null;
  first_step_ms: number | null;
  infer_patches_per_s: number;
  threads: number;
  torch: string;
}

export interface TorchRunOptions {
  batch: number;
  inferBatch: number;
  steps: number;
  /** Inference only (no training step). */
  inferOnly?: boolean;
  /** Timed inference batches after one warm-up (default 3). */
  repeats?: number;
  /** Default BENCH_TORCH_THREADS, else 2. */
  threads?: number;
}

/** Runs the peer on the resolved config; null (and a line saying why) when it fails. */
export function runTorchPeer(python: string, config: object, o: TorchRunOptions): TorchResult | null {
  const script = fileURLToPath(new URL('./pytorch-peer.py', import.meta.url));
  const threads = String(o.threads ?? process.env.BENCH_TORCH_THREADS ?? 2);
  const args = [
    script,
    JSON.stringify(config),
    '--batch',
    String(o.batch),
    '--infer-batch',
    String(o.inferBatch),
    '--steps',
    String(o.steps),
    '--threads',
    threads,
    '--repeats',
    String(o.repeats ?? 3),
    ...(o.inferOnly ? ['--infer-only'] : []),
  ];
  const r = spawnSync(python, args, {
    encoding: 'utf8',
    env: { ...process.env, OMP_NUM_THREADS: threads },
    maxBuffer: 16 * 2 ** 20,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) {
    console.log(
      `PyTorch peer failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    );
    return null;
  }
  return JSON.parse(line) as TorchResult;
}
