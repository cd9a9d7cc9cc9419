import type { TrainingSample } from '@hep2/model';
import type { SimSample } from './synthetic-pool';

export const LABEL_TASKS = ['pattern', 'intensity', 'mask'] as const;
export type LabelTask = (typeof LABEL_TASKS)[number];
export type LabelCost = Record<LabelTask, number>;

/**
 * Default cost of one patch's label per task, in "pattern clicks": choosing a pattern is one click,
 * intensity a judgement against a reference (a little more), a mask is drawn (an order more).
 */
export const DEFAULT_LABEL_COST: LabelCost = { pattern: 1, intensity: 2, mask: 10 };

/** Parses "pattern=1,intensity=2,mask=10" (tasks not named keep their default). */
export function parseLabelCost(text: string | undefined): LabelCost {
  const cost: LabelCost = { ...DEFAULT_LABEL_COST };
  if (!text) return cost;
  for (const part of text.split(',')) {
    const [key, value] = part.split('=').map((s) => s.trim());
    if (!LABEL_TASKS.includes(key as LabelTask)) throw new Error(`--cost: unknown task "${key}"`);
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--cost: ${key} needs a number >= 0, got "${value}"`);
    cost[key as LabelTask] = n;
  }
  return cost;
}

/** Parses "pattern,intensity,mask": which labels the oracle gives for every acquired patch. */
export function parseLabelTasks(text: string | undefined): LabelTask[] {
  if (!text) return [...LABEL_TASKS];
  const tasks = text.split(',').map((s) => s.trim());
  for (const t of tasks)
    if (!LABEL_TASKS.includes(t as LabelTask)) throw new Error(`--label-tasks: unknown "${t}"`);
  return LABEL_TASKS.filter((t) => tasks.includes(t));
}

/** What labelling one patch with these tasks costs. */
export function patchCost(tasks: readonly LabelTask[], cost: LabelCost): number {
  return tasks.reduce((sum, t) => sum + cost[t], 0);
}

/** How many patches a budget in cost units buys (whole patches only; at least one if any budget). */
export function patchesForBudget(budget: number, tasks: readonly LabelTask[], cost: LabelCost): number {
  const each = patchCost(tasks, cost);
  if (each <= 0) throw new Error('a labelled patch must cost something: check --cost and --label-tasks');
  return Math.max(budget > 0 ? 1 : 0, Math.floor(budget / each));
}

/** The oracle's answer: the sample with only the bought tasks' labels (the rest missing, as in the lab). */
export function labelledSample(sample: SimSample, tasks: readonly LabelTask[]): TrainingSample {
  return {
    image: sample.image,
    specimenId: sample.specimenId,
    pattern: tasks.includes('pattern') ? sample.pattern : null,
    intensity: tasks.includes('intensity') ? sample.intensity : null,
    mask: tasks.includes('mask') ? sample.mask : null,
  };
}
