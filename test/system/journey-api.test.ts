/**
 * The lab's whole journey through the GraphQL API alone, on a platform started like `npm start`
 * (API + trainer on free ports, a database of their own, S3; e2e/support/platform.ts): see
 * scripts/lib/api-journey.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  JOURNEY_PATCH,
  JOURNEY_TRAINER_ENV,
  type JourneyReport,
  runApiJourney,
  writeJourneyDataset,
} from '../../scripts/lib/api-journey';
import { type Platform, startPlatform } from '../e2e/support/platform';

let platform: Platform;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hep2-journey-'));
  await writeJourneyDataset(dir);
  platform = await startPlatform({
    web: false,
    trainer: true,
    env: { ...JOURNEY_TRAINER_ENV, TRAINER_BACKENDS: 'wasm' },
  });
});
afterAll(async () => {
  await platform?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('API journey', () => {
  it('import -> label -> review (reject, fix) -> train -> promote -> score -> active queue -> export', async () => {
    const started = performance.now();
    let report: JourneyReport;
    try {
      report = await runApiJourney({
        apiUrl: platform.apiUrl,
        admin: { email: 'admin@demo.local', password: 'demo-admin-pass' },
        serverPath: dir,
        patchSize: JOURNEY_PATCH,
        patchesPerAnnotator: 4,
        log: (line) => console.log(line),
      });
    } catch (error) {
      console.error(platform.output().slice(-6000));
      throw error;
    }
    console.log(`journey: ${((performance.now() - started) / 1000).toFixed(1)} s`, report.timings);

    expect(report.importedSpecimens).toBe(6);
    expect(report.patches).toBe(24);
    expect(report.labelled).toHaveLength(8);
    expect(report.approved).toBe(8);
    expect(report.rejected.firstPattern).not.toBe(report.rejected.fixedPattern);

    expect(report.training.epochs).toBeGreaterThanOrEqual(1);
    expect(report.training.statuses).toContain('RUNNING');
    expect(['PROMOTED', 'EVALUATED', 'REJECTED']).toContain(report.training.status);

    if (report.scoring.available) {
      expect(report.scoring.scored).toBeGreaterThan(0);
      expect(report.scoring.proposalModelVersionId).toBe(report.training.modelVersionId);
      // The most useful patch by the dataset's acquisition strategy comes first, scored by the model.
      expect(report.scoring.claimedPriority).toBe(report.scoring.headPriority);
      expect(report.scoring.claimedScore).not.toBeNull();
      expect(report.scoring.proposalMaskBytes).toBeGreaterThan(0);
    } else {
      console.warn(`scoring step not run: ${report.scoring.missing}`);
    }

    // Exports hold exactly the approved labels, the fixed patch with its fixed label and mask.
    const approvedNames = report.labelled.map((l) => l.name).sort();
    expect(report.exports.coco.images).toBe(8);
    expect(report.exports.coco.annotations).toBe(8);
    expect(report.exports.coco.names).toEqual(approvedNames);
    expect(report.exports.coco.fixed).toEqual({
      category: report.rejected.fixedPattern,
      area: report.rejected.maskArea,
    });
    expect(report.exports.seedCsv.rows).toHaveLength(8);
    expect(report.exports.seedCsv.fixedRow?.[2]).toBe(report.rejected.fixedPattern);
    for (const l of report.labelled) {
      const row = report.exports.seedCsv.rows.find((r) => r[0]?.includes(l.name));
      expect(row?.[2], l.name).toBe(l.pattern);
    }
  });
});
