import { describe, expect, it } from 'vitest';
import { formFromSettings, settingsFromForm } from '../src/features/learning/acquisition-form';
import { curveChart, seriesLabel } from '../src/features/learning/label-efficiency-data';

const stored = {
  strategy: 'multitask',
  batchSize: 50,
  mcSamples: 8,
  mcDropout: 'heads',
  weights: { pattern: 0.5, intensity: 0.25, mask: 0.25 },
  normalise: 'rank',
  measures: { pattern: 'bald', intensity: 'entropy', mask: 'boundary' },
  diversity: { kind: 'k-center', candidateFactor: 3, maxPerSpecimen: 4 },
  rareClasses: { share: 0.2, classes: [3], autoCount: 2 },
  seed: 1,
};

describe('acquisition settings form', () => {
  it('round-trips the stored settings and keeps the parts it does not edit', () => {
    const values = formFromSettings(stored);
    const result = settingsFromForm({ ...values, batchSize: '80', rareShare: '0.1' }, stored);
    expect(result).toEqual({
      ok: true,
      settings: { ...stored, batchSize: 80, rareClasses: { share: 0.1, classes: [3], autoCount: 2 } },
    });
  });

  it('refuses invalid numbers per field', () => {
    const values = formFromSettings(stored);
    const result = settingsFromForm(
      { ...values, batchSize: '0', mcSamples: '2.5', rareShare: '1.5', weightMask: '' },
      stored,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['batchSize', 'mcSamples', 'rareShare', 'weightMask']);
  });

  it('chooses full-network MC dropout and mask BALD, which needs it', () => {
    const values = formFromSettings(stored);
    expect(values).toMatchObject({ mcDropout: 'heads', maskMeasure: 'boundary' });
    const refused = settingsFromForm({ ...values, maskMeasure: 'bald' }, stored);
    expect(refused.ok ? null : refused.errors.maskMeasure).toMatch(/mode full/);
    const full = settingsFromForm({ ...values, mcDropout: 'full', maskMeasure: 'bald' }, stored);
    expect(full).toEqual({
      ok: true,
      settings: { ...stored, mcDropout: 'full', measures: { ...stored.measures, mask: 'bald' } },
    });
    const single = settingsFromForm(
      { ...values, mcDropout: 'full', maskMeasure: 'bald', mcSamples: '1' },
      stored,
    );
    expect(single.ok).toBe(false);
  });

  it('needs one positive head weight', () => {
    const values = { ...formFromSettings(stored), weightPattern: '0', weightIntensity: '0', weightMask: '0' };
    const result = settingsFromForm(values, stored);
    expect(result.ok ? null : result.errors.weightPattern).toMatch(/above 0/);
  });
});

describe('label-efficiency curve', () => {
  it('merges series by label count and dashes the baselines', () => {
    const { rows, series } = curveChart(
      [
        { series: 'active:multitask', points: [{ labelCount: 100, metrics: { patternMca: 0.6 } }] },
        {
          series: 'random',
          points: [
            { labelCount: 100, metrics: { patternMca: 0.5 } },
            { labelCount: 200, metrics: { patternMca: 0.55 } },
          ],
        },
        { series: 'simulation:bald', points: [{ labelCount: 50, metrics: { dice: 0.7 } }] },
        {
          series: 'simulation:random',
          points: [{ labelCount: 200, metrics: { patternMca: { mean: 0.52, sd: 0.02 } } }],
        },
      ],
      'patternMca',
    );
    expect(series.map((s) => [s.label, s.dashed])).toEqual([
      ['active (multitask)', false],
      ['random', true],
      ['simulation (random)', true],
    ]);
    expect(rows).toEqual([
      { labels: 100, s0: 0.6, s1: 0.5 },
      { labels: 200, s1: 0.55, s3: 0.52 },
    ]);
    expect(seriesLabel('simulation:bald:seed1')).toBe('simulation (bald:seed1)');
  });
});
