import { type AcquisitionSettings, parseAcquisitionSettings } from '../strategies/acquisition-config';
import { getStrategy } from '../strategies/strategy.registry';

/**
 * One arm of the ablation: the settings it ranks with, and whether the batch selectors (rare-class
 * quota, k-center) reshape its order. Each arm takes the full strategy and replaces the parts it
 * lacks with their random counterpart: no uncertainty = the random order; no diversity = plain top
 * of the order; no quota = share 0. So "diversity" is k-center among the top 3 x batch of a random
 * order, the very selector the full strategy runs on its uncertainty order.
 */
export interface Arm {
  name: ArmName;
  description: string;
  settings: AcquisitionSettings;
  selectors: boolean;
}

export const ARM_NAMES = ['random', 'random+quota', 'uncertainty', 'diversity', 'full'] as const;
export type ArmName = (typeof ARM_NAMES)[number];

const NO_DIVERSITY = { kind: 'none' } as const;
const NO_QUOTA = { share: 0 } as const;

/** The five arms, built from the full strategy's settings (`full` is exactly them). */
export function buildArms(full: AcquisitionSettings): Arm[] {
  const base = { ...full, diversity: { ...full.diversity }, rareClasses: { ...full.rareClasses } };
  const make = (over: Record<string, unknown>) => parseAcquisitionSettings({ ...base, ...over });
  return [
    {
      name: 'random',
      description: 'uniformly random order, no selectors',
      settings: make({ strategy: 'random' }),
      selectors: false,
    },
    {
      name: 'random+quota',
      description: `random order + rare-class quota (${full.rareClasses.share} of the batch)`,
      settings: make({ strategy: 'random', diversity: { ...base.diversity, ...NO_DIVERSITY } }),
      selectors: true,
    },
    {
      name: 'uncertainty',
      description: `${full.strategy} uncertainty order, top of it, no quota, no diversity`,
      settings: make({
        diversity: { ...base.diversity, ...NO_DIVERSITY },
        rareClasses: { ...base.rareClasses, ...NO_QUOTA },
      }),
      selectors: true,
    },
    {
      name: 'diversity',
      description: `random order + ${full.diversity.kind} (x${full.diversity.candidateFactor} candidates), no quota`,
      settings: make({ strategy: 'random', rareClasses: { ...base.rareClasses, ...NO_QUOTA } }),
      selectors: true,
    },
    {
      name: 'full',
      description: `${full.strategy} as in production`,
      settings: full,
      selectors: getStrategy(full.strategy).selectors,
    },
  ];
}
