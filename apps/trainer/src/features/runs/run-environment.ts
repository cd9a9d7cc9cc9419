import { execFileSync } from 'node:child_process';
import { arch, cpus, hostname, platform, totalmem } from 'node:os';
import type { BackendInfo } from '@hep2/model';

export interface RunEnvironment {
  backend: string;
  tfBackend: string;
  skippedBackends: { choice: string; reason: string }[];
  hardware: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    platform: string;
    arch: string;
    host: string;
  };
  node: string;
  codeVersion: string | null;
  workerId: string;
  /** Threads per training step (data-parallel over worker threads when > 1). */
  trainThreads: number;
}

/** Threads a run trains with: the setting on the single-threaded backends, 1 on native ones. */
export function trainThreadsFor(backend: BackendInfo, requested: number): number {
  return backend.choice === 'wasm' || backend.choice === 'cpu' ? requested : 1;
}

/**
 * Threads a run trains with: the run's own pinned count (an experiment's) where the backend can
 * split steps (wasm, cpu), 1 on native backends, else the worker's TRAIN_THREADS.
 */
export function runThreads(environment: RunEnvironment, pinned: number | undefined): number {
  if (pinned === undefined) return environment.trainThreads;
  return environment.backend === 'wasm' || environment.backend === 'cpu' ? pinned : 1;
}

/** What a run needs to be reproduced: backend, hardware and code version. */
export function describeEnvironment(
  backend: BackendInfo,
  workerId: string,
  codeVersion: string | null,
  trainThreads: number,
): RunEnvironment {
  const cpuList = cpus();
  return {
    backend: backend.choice,
    tfBackend: backend.tfBackend,
    skippedBackends: backend.skipped,
    hardware: {
      cpus: cpuList.length,
      cpuModel: cpuList[0]?.model ?? 'unknown',
      memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      platform: platform(),
      arch: arch(),
      host: hostname(),
    },
    node: process.version,
    codeVersion,
    workerId,
    trainThreads,
  };
}

/** The git commit of the checkout, or null outside a repository (production images pass GIT_COMMIT). */
export function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}
