import { describe, expect, it } from 'vitest';
import { REVIEW_SHORTCUTS, reviewActionFor } from '../src/features/review/review-keymap';
import { parseEpochs, parseProgress, runFraction } from '../src/features/training/run-json';
import { runConfigFrom } from '../src/features/training/trigger-run-form';
import {
  headline,
  parsePromotion,
  parseVersionMetrics,
  usableBins,
} from '../src/features/training/version-json';
import { key } from './support/key-input';

describe('review shortcuts', () => {
  it('maps a/r/e/j/k and digits; leaves modified keys to the browser', () => {
    expect(reviewActionFor(key('a'))).toEqual({ type: 'approve' });
    expect(reviewActionFor(key('R'))).toEqual({ type: 'reject' });
    expect(reviewActionFor(key('e'))).toEqual({ type: 'edit-approve' });
    expect(reviewActionFor(key('j'))).toEqual({ type: 'next' });
    expect(reviewActionFor(key('k'))).toEqual({ type: 'previous' });
    expect(reviewActionFor(key('3'))).toEqual({ type: 'select-annotation', index: 2 });
    expect(reviewActionFor(key('a', { ctrlKey: true }))).toBeNull();
    expect(reviewActionFor(key('x'))).toBeNull();
  });

  it('documents every key it handles', () => {
    const listed = REVIEW_SHORTCUTS.map((s) => s.keys).join(' ');
    for (const k of ['A', 'R', 'E', 'J', 'K', 'O', 'S', '?', 'Esc']) expect(listed).toContain(k);
  });
});

describe('training run views', () => {
  it('sends only the settings the admin changed', () => {
    expect(
      runConfigFrom({
        epochs: '2',
        inputSize: '',
        batchSize: '',
        learningRate: '',
        weighting: '',
        fromScratch: false,
        weakLabels: true,
        autoPromote: 'policy',
        extra: '{"augment": false, "maskLoss": "bce+dice", "inputNormalisation": "min-max"}',
      }),
    ).toEqual({
      epochs: 2,
      weakLabels: true,
      augment: false,
      maskLoss: 'BCE_DICE',
      inputNormalisation: 'MIN_MAX',
    });
  });

  it('reads progress and epochs leniently, never inventing numbers', () => {
    const p = parseProgress({
      phase: 'training',
      step: 5,
      totalSteps: 20,
      losses: { mask: 0.4, pattern: 'bad' },
    });
    expect(runFraction(p)).toBe(0.25);
    expect(p.losses?.mask).toBe(0.4);
    expect(p.losses?.pattern).toBeNull();
    expect(runFraction(parseProgress(null))).toBeNull();
    const epochs = parseEpochs([
      { epoch: 2, losses: { mask: 0.2 }, taskWeights: {}, metrics: {}, seconds: 1 },
      {
        epoch: 1,
        losses: { mask: 0.3 },
        taskWeights: { mask: 1.1 },
        metrics: { patchesPerSecond: 9 },
        seconds: 1,
      },
    ]);
    expect(epochs.map((e) => e.epoch)).toEqual([1, 2]);
    expect(epochs[0]?.patchesPerSecond).toBe(9);
  });

  it('reads version metrics, the promotion verdict and reliability bins', () => {
    const m = parseVersionMetrics({
      validation: {
        segmentation: { dice: 0.8 },
        pattern: { accuracy: 0.5, meanClassAccuracy: 0.4, confusion: [[1]] },
      },
    });
    expect(headline(m)).toMatchObject({ dice: 0.8, patternMca: 0.4, intensityAccuracy: null });
    expect(parsePromotion({ rule: { promote: false, reason: 'x' } }).rule?.reason).toBe('x');
    expect(parsePromotion('garbage')).toEqual({});
    expect(
      usableBins([
        { lo: 0, hi: 0.5, count: 0, confidence: null, accuracy: null },
        { lo: 0.5, hi: 1, count: 3, confidence: 0.7, accuracy: 0.66 },
      ]),
    ).toEqual([{ confidence: 0.7, accuracy: 0.66, count: 3 }]);
  });
});
