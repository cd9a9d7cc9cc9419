import type { TrainConfig } from '../train/train-config.js';
import { fixedWeighting } from './fixed.weighting.js';
import { gradNormWeighting } from './gradnorm.weighting.js';
import type { TaskWeighting } from './task-weighting.js';
import { uncertaintyWeighting } from './uncertainty.weighting.js';

/** The task weighting a train config asks for (also built by every data-parallel replica). */
export function makeWeighting(cfg: TrainConfig): TaskWeighting {
  const enabled = [cfg.tasks.mask, cfg.tasks.pattern, cfg.tasks.intensity];
  switch (cfg.weighting.kind) {
    case 'gradnorm':
      return gradNormWeighting({
        alpha: cfg.weighting.alpha ?? 0.06,
        learningRate: cfg.weighting.learningRate ?? cfg.learningRate,
        enabled,
      });
    case 'fixed':
      return fixedWeighting(cfg.weighting.weights ?? enabled.map((e) => (e ? 1 : 0)));
    case 'uncertainty':
      return uncertaintyWeighting(3);
  }
}
