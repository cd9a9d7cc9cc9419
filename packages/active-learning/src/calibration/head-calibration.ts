import { type Reliability, reliabilityDiagram } from '@hep2/model';
import { fitTemperature, type LogitTable, softmaxWithTemperature } from './temperature-scaling';

/** What is stored per head in ModelVersion.calibration (and served by the calibration query). */
export interface HeadCalibration {
  temperature: number;
  samples: number;
  nllBefore: number;
  nllAfter: number;
  eceBefore: number;
  eceAfter: number;
  before: Reliability['bins'];
  after: Reliability['bins'];
}

/** Fits T on one head's validation logits and reports ECE and the reliability diagram before/after. */
export function calibrateHead(table: LogitTable, bins = 15): HeadCalibration {
  const fit = fitTemperature(table);
  const before = reliabilityDiagram(
    softmaxWithTemperature(table.logits, table.classes, 1),
    table.labels,
    table.classes,
    bins,
  );
  const after = reliabilityDiagram(
    softmaxWithTemperature(table.logits, table.classes, fit.temperature),
    table.labels,
    table.classes,
    bins,
  );
  return {
    temperature: fit.temperature,
    samples: fit.samples,
    nllBefore: fit.nllBefore,
    nllAfter: fit.nllAfter,
    eceBefore: before.ece,
    eceAfter: after.ece,
    before: before.bins,
    after: after.bins,
  };
}
