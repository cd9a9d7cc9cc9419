import type { HostBatch } from '../batch.js';

/**
 * The pure arithmetic of a data-parallel step (PyTorch DistributedDataParallel semantics): every
 * shard computes its own masked-mean task losses and its own BatchNorm statistics, the network's
 * gradient is the mean of the shards' gradients, one optimizer update follows.
 */

/** Contiguous shards of sizes differing by at most one, as many as there are samples (max `count`). */
export function splitBatch(batch: HostBatch, count: number): HostBatch[] {
  const shards = Math.max(1, Math.min(count, batch.size));
  const imageValues = batch.images.length / batch.size;
  const maskValues = batch.masks.length / batch.size;
  const out: HostBatch[] = [];
  let start = 0;
  for (let k = 0; k < shards; k += 1) {
    const size = Math.floor(batch.size / shards) + (k < batch.size % shards ? 1 : 0);
    const end = start + size;
    out.push({
      size,
      ...(batch.side ? { side: batch.side } : {}),
      images: batch.images.slice(start * imageValues, end * imageValues),
      masks: batch.masks.slice(start * maskValues, end * maskValues),
      maskPresent: batch.maskPresent.slice(start, end),
      pattern: batch.pattern.slice(start, end),
      intensity: batch.intensity.slice(start, end),
      ...(batch.classWeights ? { classWeights: batch.classWeights } : {}),
    });
    start = end;
  }
  return out;
}

/**
 * Whole-batch G_i from the shards' G_i,k. The taps sit on the deepest activation D, whose rows
 * belong to one shard each: D = [D_1; ...; D_S]. The DDP loss is L = (1/S) sum_k L_k and L_k
 * depends on D only through D_k (BatchNorm statistics are per shard), so
 * d(w_i L_i)/dD = (1/S) [d(w_i L_i,1)/dD_1; ...; d(w_i L_i,S)/dD_S] and its L2 norm is
 * G_i = sqrt(sum_k G_i,k^2) / S. (With S identical shards this equals the single-process G_i.)
 */
export function combineGradNorms(perShard: number[][]): number[] {
  const shards = perShard.length;
  const tasks = perShard[0]?.length ?? 0;
  return Array.from({ length: tasks }, (_, i) => {
    const sumSq = perShard.reduce((s, g) => s + (g[i] as number) ** 2, 0);
    return Math.sqrt(sumSq) / shards;
  });
}

/**
 * Reported task losses: the mean of the shards' losses over the shards where the task had a label
 * (a shard without one has loss 0 and adds no gradient; counting its 0 would halve the figure that
 * GradNorm's loss ratios use). A task is active when any shard has a label for it.
 */
export function combineTaskLosses(
  perShard: number[][],
  activePerShard: boolean[][],
): { losses: number[]; active: boolean[] } {
  const tasks = perShard[0]?.length ?? 0;
  const losses: number[] = [];
  const active: boolean[] = [];
  for (let i = 0; i < tasks; i += 1) {
    const shards = perShard.filter((_, k) => activePerShard[k]?.[i]);
    active.push(shards.length > 0);
    losses.push(shards.length > 0 ? shards.reduce((s, l) => s + (l[i] as number), 0) / shards.length : 0);
  }
  return { losses, active };
}

export const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
