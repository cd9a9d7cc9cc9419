import { describe, expect, it } from 'vitest';
import { binaryToTwoColumn, expectedCalibrationError } from '../src/metrics/calibration.metrics.js';
import { argmaxRows, classificationMetrics, rocAuc } from '../src/metrics/classification.metrics.js';
import { segmentationMetrics } from '../src/metrics/segmentation.metrics.js';
import { aggregateBySpecimen } from '../src/metrics/specimen.metrics.js';
import { expectClose, loadReference } from './fixtures.js';

const ref = loadReference().metrics;

describe('metrics vs numpy reference', () => {
  it('segmentation: dice, IoU, pixel accuracy', () => {
    const s = ref.segmentation;
    const m = segmentationMetrics(s.probs, s.target, s.pixelsPerPatch);
    expectClose(m.dice, s.dice);
    expectClose(m.iou, s.iou);
    expectClose(m.pixelAccuracy, s.pixelAccuracy);
    m.perPatchDice.forEach((d, i) => {
      expectClose(d, s.perPatchDice[i] as number);
    });
  });

  it('classification: accuracy, mean class accuracy, recall, confusion, ECE', () => {
    const c = ref.classification;
    const pred = argmaxRows(c.probs, c.classes);
    const m = classificationMetrics(c.labels, pred, c.classes);
    expectClose(m.accuracy, c.accuracy);
    expectClose(m.meanClassAccuracy, c.meanClassAccuracy);
    expect(m.confusion).toEqual(c.confusion);
    m.perClassRecall.forEach((r, k) => {
      const e = c.perClassRecall[k];
      if (e === null || e === undefined) expect(r).toBeNull();
      else expectClose(r as number, e);
    });
    expectClose(expectedCalibrationError(c.probs, c.labels, c.classes, 15), c.ece15);
  });

  it('binary: ROC AUC with ties, ECE', () => {
    const b = ref.binary;
    expectClose(rocAuc(b.labels, b.scores), b.rocAuc);
    expectClose(expectedCalibrationError(binaryToTwoColumn(b.scores), b.labels, 2, 15), b.ece15);
    expectClose(expectedCalibrationError(binaryToTwoColumn(b.scores), b.labels, 2, 10), b.ece10);
    expect(rocAuc([1, 1], [0.2, 0.3])).toBeNaN();
  });

  it('specimen aggregation: majority vote and averaged posterior', () => {
    const s = ref.specimen;
    const out = aggregateBySpecimen(s.ids, s.probs, s.labels, s.classes);
    expect(out.map((o) => o.specimenId)).toEqual(s.expected.map((e) => e.specimenId));
    out.forEach((o, i) => {
      const e = s.expected[i] as (typeof s.expected)[number];
      expect(o.majorityVote).toBe(e.majorityVote);
      expect(o.averagedPosterior).toBe(e.averagedPosterior);
      expect(o.label).toBe(e.label);
      o.meanProbs.forEach((p, k) => {
        expectClose(p, e.meanProbs[k] as number);
      });
    });
  });
});
