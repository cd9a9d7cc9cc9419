import { loadInputs, modelInputsFor } from '@hep2/active-learning';
import { encodePng, type GreyImage } from '@hep2/data';
import { deserializeModel } from '@hep2/model';
import { readVerifiedArtifact, resolveRunConfig } from '@hep2/training';
import { describe, expect, it } from 'vitest';
import { trainerCli } from '../../../test/support/cli-process';
import { useTestServices } from '../../../test/support/test-services';
import { runConfigFromFlags } from '../src/features/cli/train.command';
import { loadTaxonomy } from '../src/features/data/dataset-taxonomy';
import { SampleCache } from '../src/features/data/sample-cache';
import { loadSamples } from '../src/features/data/sample-loader';
import { groupSpecimens } from './support/grouped-dataset';
import { type SeededDataset, seedDataset } from './support/seed-dataset';

const { db, store } = useTestServices({ wasm: true });

/** A 32x32 8-bit original whose pixels run 1..top (or all black for top 0). */
function ramp(top: number): GreyImage {
  const data = new Uint8Array(32 * 32);
  if (top > 0) for (let i = 0; i < data.length; i++) data[i] = 1 + (i % top);
  return { width: 32, height: 32, bitDepth: 8, data };
}

/** The 99.8th percentile of the non-zero pixels, computed apart from the product's histogram walk. */
function brightLevel(image: GreyImage): number {
  const values = Array.from(image.data)
    .filter((v) => v > 0)
    .sort((a, b) => a - b);
  return values[Math.ceil(values.length * 0.998) - 1] as number;
}

/**
 * Four specimens in two wells (A: 0, 1; B: 2, 3). Specimen 0's level is already recorded (40, as an
 * import would); 1 and 2 have stored originals and no level (imported before levels existed); 3 is
 * all black (no level: it takes its well's).
 */
async function seedWells(tag: string): Promise<{ seeded: SeededDataset; originals: GreyImage[] }> {
  const seeded = await seedDataset(db, store, { specimens: 4, patchesPerSpecimen: 2, size: 32, seed: tag });
  await groupSpecimens(db, seeded, ['A', 'A', 'B', 'B']);
  const originals = [ramp(40), ramp(90), ramp(200), ramp(0)];
  for (const [i, id] of seeded.specimenIds.entries()) {
    const specimen = await db.specimen.findUniqueOrThrow({ where: { id } });
    await store.put(specimen.imageKey, await encodePng(originals[i] as GreyImage), 'image/png');
  }
  await db.specimen.update({ where: { id: seeded.specimenIds[0] as string }, data: { windowHigh: 40 } });
  return { seeded, originals };
}

describe("per-specimen input normalisation ('specimen')", () => {
  it('measures missing levels, divides by the well median, and the scorer prepares the same inputs', async () => {
    const { seeded, originals } = await seedWells('norm-load');
    const deps = { db, store, cache: new SampleCache(16 * 2 ** 20) };
    const taxonomy = await loadTaxonomy(db, seeded.datasetId);
    const plain = await loadSamples(deps, seeded.datasetId, taxonomy, { inputSize: 32, weakLabels: false });
    // A bit-depth run reads no level and measures nothing.
    const untouched = await db.specimen.findMany({
      where: { datasetId: seeded.datasetId, windowHigh: null },
    });
    expect(untouched).toHaveLength(3);

    const lines: string[] = [];
    const scaled = await loadSamples(deps, seeded.datasetId, taxonomy, {
      inputSize: 32,
      weakLabels: false,
      normalisation: 'specimen',
      log: (line) => lines.push(line),
    });
    const levels = await Promise.all(
      seeded.specimenIds.map(
        async (id) => (await db.specimen.findUniqueOrThrow({ where: { id } })).windowHigh,
      ),
    );
    expect(levels).toEqual([
      40,
      brightLevel(originals[1] as GreyImage),
      brightLevel(originals[2] as GreyImage),
      null,
    ]);
    expect(lines.join('\n')).toMatch(/measuring the bright level of 3 specimens/);
    expect(lines.join('\n')).toMatch(/1 all-black specimens take their group's bright level/);

    // Well A divides by the median of its two levels, well B by its one measured level.
    const wellLevel = { A: (40 + (levels[1] as number)) / 2, B: levels[2] as number };
    const wellOf = (specimenId: string) => (seeded.specimenIds.indexOf(specimenId) < 2 ? 'A' : 'B');
    expect(scaled.map((s) => s.patchId)).toEqual(plain.map((s) => s.patchId));
    for (const [i, s] of scaled.entries()) {
      const before = plain[i]?.image as Float32Array;
      const factor = 255 / wellLevel[wellOf(s.specimenId)];
      expect(Array.from(s.image)).toEqual(Array.from(before, (v) => Math.fround(v * factor)));
    }

    // The scoring job (and the calibration fit) read the same levels and prepare the same input.
    const inputs = await modelInputsFor(db, seeded.datasetId, {
      inputSize: 32,
      inputNormalisation: 'specimen',
    });
    const patches = await db.patch.findMany({
      where: { datasetId: seeded.datasetId },
      select: { id: true, specimenId: true, imageKey: true },
    });
    const served = await loadInputs(store, patches, inputs);
    for (const { item, input } of served) {
      expect(Array.from(input as Float32Array)).toEqual(
        Array.from(scaled.find((s) => s.patchId === item.id)?.image as Float32Array),
      );
    }
  });

  it('a run trained per specimen records it in the model and validates', async () => {
    const { seeded } = await seedWells('norm-run');
    const dataset = await db.dataset.findUniqueOrThrow({ where: { id: seeded.datasetId } });
    const cli = await trainerCli([
      'train',
      '--dataset',
      dataset.slug,
      '--normalisation',
      'specimen',
      ...['--epochs', '1', '--patch-size', '32', '--width', '4', '--no-augment', '--threads', '1'],
      ...['--backends', 'wasm', '--json'],
    ]);
    expect(cli.code, cli.stderr).toBe(0);
    const summary = JSON.parse(cli.stdout) as { validation: { patches: number } };
    expect(summary.validation.patches).toBeGreaterThan(0);
    const version = await db.modelVersion.findFirstOrThrow({ where: { datasetId: seeded.datasetId } });
    const model = await deserializeModel(await readVerifiedArtifact(store, version));
    try {
      expect(model.config.inputNormalisation).toBe('specimen');
    } finally {
      model.dispose();
    }
  });

  it('the flag reaches the run settings; an unknown value is refused with the accepted ones', () => {
    expect(resolveRunConfig(runConfigFromFlags({ normalisation: 'specimen' })).inputNormalisation).toBe(
      'specimen',
    );
    expect(() => resolveRunConfig(runConfigFromFlags({ normalisation: 'z-score' }))).toThrow(
      /inputNormalisation.*specimen/,
    );
  });
});
