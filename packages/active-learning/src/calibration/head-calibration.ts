import { type Reliability, reliabilityDiagram } from '@hep2/model';
import { fitMcTemperature, type McLogitTable, mcAverageProbs, mcNllAtTemperature } from './mc-temperature';

/**
 * What is stored per head in ModelVersion.calibration (and served by the calibration query).
 * T is fitted on the fitting split; NLL, ECE and the reliability bins are measured on the held-out
 * split (null / empty when nothing was held out), so "after" is not scored on the data T was tuned on.
 */
export interface HeadCalibration {
  temperature: number;
  /** Labelled rows T was fitted on. */
  samples: number;
  /** Labelled rows of the held-out split. */
  heldOutSamples: number;
  nllBefore: number | null;
  nllAfter: number | null;
  eceBefore: number | null;
  eceAfter: number | null;
  /** NLL on the fitting rows, for comparison with the held-out one (in-sample, optimistic). */
  fitNllBefore: number;
  fitNllAfter: number;
  before: Reliability['bins'];
  after: Reliability['bins'];
}

const labelledRows = (labels: ArrayLike<number>) =>
  Array.from(labels as ArrayLike<number>).filter((y) => y >= 0).length;

/** Fits T on `fit` (MC-averaged objective) and reports held-out NLL, ECE and reliability before/after. */
export function calibrateHead(fit: McLogitTable, heldOut: McLogitTable, bins = 15): HeadCalibration {
  const fitted = fitMcTemperature(fit);
  const heldOutSamples = labelledRows(heldOut.labels);
  const diagram = (t: number): Reliability =>
    reliabilityDiagram(mcAverageProbs(heldOut, t), heldOut.labels, heldOut.classes, bins);
  const before = heldOutSamples > 0 ? diagram(1) : null;
  const after = heldOutSamples > 0 ? diagram(fitted.temperature) : null;
  return {
    temperature: fitted.temperature,
    samples: fitted.samples,
    heldOutSamples,
    nllBefore: before ? mcNllAtTemperature(heldOut, 1) : null,
    nllAfter: after ? mcNllAtTemperature(heldOut, fitted.temperature) : null,
    eceBefore: before?.ece ?? null,
    eceAfter: after?.ece ?? null,
    fitNllBefore: fitted.nllBefore,
    fitNllAfter: fitted.nllAfter,
    before: before?.bins ?? [],
    after: after?.bins ?? [],
  };
}
