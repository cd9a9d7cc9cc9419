import { describe, expect, it } from 'vitest';
import { defaultExperimentForm, experimentInput } from '../src/features/experiments/experiment-grid-form';
import { experimentProgress } from '../src/features/experiments/experiment-progress';
import { meanSd, parseReport, summaryTable } from '../src/features/experiments/experiment-report';

describe('experiments', () => {
  it('counts cell x fold by the latest attempt', () => {
    const p = experimentProgress([
      { cell: 'a', fold: 0, run: { status: 'FAILED' } },
      { cell: 'a', fold: 0, run: { status: 'EVALUATED' } },
      { cell: 'a', fold: 1, run: { status: 'CANCELLED' } },
      { cell: 'b', fold: 0, run: { status: 'RUNNING' } },
      { cell: 'b', fold: 1, run: { status: 'QUEUED' } },
    ]);
    expect(p).toEqual({ total: 4, done: 1, failed: 1, running: 1, queued: 1, attempts: 5 });
  });

  it('defaults to 3 folds over every mask loss x weighting', () => {
    const r = experimentInput({ ...defaultExperimentForm(), name: ' grid ' });
    expect(r.ok && r.input.folds).toBe(3);
    expect(r.ok && r.input.name).toBe('grid');
    expect(r.ok && r.input.grid.maskLosses).toEqual(['bce', 'dice', 'bce+dice']);
    expect(r.ok && r.input.grid.weightings).toHaveLength(4);
    const bad = experimentInput({ ...defaultExperimentForm(), folds: '1', maskLosses: [] });
    expect(bad.ok ? [] : bad.errors).toHaveLength(3);
  });

  it('reads mean ± sd from the report summary', () => {
    const report = parseReport({
      settings: [{ key: 'dice|fixed|lite', label: 'dice, fixed' }],
      metrics: [{ key: 'dice', label: 'Dice', primary: true }],
      summary: [{ setting: 'dice|fixed|lite', metric: 'dice', n: 3, mean: 0.8123, sd: 0.0311, values: [] }],
    });
    expect(report).not.toBeNull();
    if (!report) return;
    expect(meanSd(summaryTable(report)('dice|fixed|lite', 'dice'))).toBe('0.812 ± 0.031');
    expect(meanSd(undefined)).toBe('—');
    expect(parseReport(null)).toBeNull();
  });
});
