import { describe, expect, it } from 'vitest';
import {
  exportContentText,
  exportFraction,
  exportSnapshotText,
  exportStatusText,
  formatName,
} from '../src/features/exports/export-job-text';
import { bytes } from '../src/features/ui/format';

const job = {
  status: 'RUNNING' as const,
  progressDone: 1234,
  progressTotal: 3602,
  level: 'PATCH' as const,
  items: null,
  labels: null,
  warningCount: 0,
  approvedLabels: null,
  newestApprovalAt: null,
  modelVersionNumber: null,
};

describe('an export in words', () => {
  it('status and progress: queued, running with counts, ready, failed', () => {
    expect(exportStatusText({ ...job, status: 'QUEUED', progressDone: 0, progressTotal: 0 })).toBe('queued');
    expect(exportStatusText({ ...job, progressDone: 0, progressTotal: 0 })).toBe(
      'running · reading the labels',
    );
    expect(exportStatusText(job)).toBe('running · 1,234 / 3,602 (34 %)');
    expect(exportFraction(job)).toBeCloseTo(1234 / 3602);
    expect(exportStatusText({ ...job, status: 'SUCCEEDED' })).toBe('ready');
    expect(exportFraction({ ...job, status: 'SUCCEEDED', progressDone: 0, progressTotal: 0 })).toBe(1);
    expect(exportStatusText({ ...job, status: 'FAILED' })).toBe('failed');
    expect(exportFraction({ ...job, progressTotal: 0 })).toBe(0);
  });

  it('contents and snapshot once written; a dash before', () => {
    expect(exportContentText(job)).toBe('—');
    expect(exportSnapshotText(job)).toBe('—');
    const done = { ...job, status: 'SUCCEEDED' as const, items: 1800, labels: 1800, approvedLabels: 1800 };
    expect(exportContentText(done)).toBe('1,800 patches · 1,800 labelled');
    expect(exportContentText({ ...done, level: 'SPECIMEN', items: 1, labels: 1, warningCount: 2 })).toBe(
      '1 specimen · 1 labelled · 2 left out',
    );
    expect(exportSnapshotText({ ...done, approvedLabels: 0 })).toBe('no approved labels · no active model');
    expect(
      exportSnapshotText({ ...done, newestApprovalAt: '2026-01-01T00:30:00.000Z', modelVersionNumber: 3 }),
    ).toMatch(/^1,800 approved up to .+ · model v3$/);
  });

  it('format names as the CLI spells them; sizes up to gigabytes', () => {
    expect(formatName('SEED_CSV')).toBe('seed-csv');
    expect(formatName('COCO')).toBe('coco');
    expect(bytes(3 * 1024 ** 3)).toBe('3.00 GB');
    expect(bytes(1536)).toBe('1.5 KB');
  });
});
