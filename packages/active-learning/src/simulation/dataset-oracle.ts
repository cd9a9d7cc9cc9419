import { decodeImage, prepareImage, prepareMask } from '@hep2/data';
import type { Db } from '@hep2/db';
import { curatedLabels, loadTaxonomy, usableLabels } from '@hep2/db/labels';
import { forEachLimited, type ObjectStore } from '@hep2/storage';
import type { SimSample } from './synthetic-pool';

/** A dataset's curated labels as the simulation's oracle: what a lab already knows the answer to. */
export interface DatasetOracle {
  datasetId: string;
  slug: string;
  name: string;
  /** Pattern class keys by model class index (PatternClass.position order). */
  patterns: string[];
  /** Classes of the pattern head (at least 2). */
  patternClasses: number;
  /** Levels of the intensity head (2 for BINARY datasets: one logit). */
  intensityLevels: number;
  samples: SimSample[];
  /** Patches left out because their image (or mask) could not be read. */
  unreadable: number;
}

export class DatasetOracleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetOracleError';
  }
}

/**
 * Loads the curated labels of the dataset `slug` through the one read model (@hep2/db/labels: the
 * latest APPROVED annotation of every APPROVED patch, mask falling back to the imported ground
 * truth), with the model's class indices, and the patch images from the object store at
 * `inputSize` on the bit-depth scale the scoring job uses. Labels a task lacks stay null.
 */
export async function loadDatasetOracle(
  db: Db,
  store: ObjectStore,
  slug: string,
  opts: { inputSize: number; log?: (line: string) => void },
): Promise<DatasetOracle> {
  const dataset = await db.dataset.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      patternClasses: { select: { key: true }, orderBy: { position: 'asc' } },
    },
  });
  if (!dataset) throw new DatasetOracleError(`no dataset with slug "${slug}"`);
  const taxonomy = await loadTaxonomy(db, dataset.id);
  const labels = usableLabels(await curatedLabels(db, dataset.id), taxonomy);
  if (labels.length === 0)
    throw new DatasetOracleError(`dataset "${slug}" has no curated labels (approved patches with a label)`);
  opts.log?.(`dataset ${slug}: ${labels.length} curated labels; reading their patches from the store`);
  const samples: SimSample[] = [];
  let unreadable = 0;
  await forEachLimited(labels, 6, async (label) => {
    try {
      const img = await decodeImage(new Uint8Array(await store.get(label.imageKey)));
      let mask: Float32Array | null = null;
      if (label.maskKey) {
        const m = await decodeImage(new Uint8Array(await store.get(label.maskKey)));
        mask = prepareMask(m.data, m.width, m.height, opts.inputSize);
      }
      samples.push({
        id: label.patchId,
        specimenId: label.specimenId,
        // The fixed bit-depth scale the trainer and the scoring job feed a 'bit-depth' model.
        image: prepareImage(img.data, img.width, img.height, opts.inputSize, {
          kind: 'bit-depth',
          bitDepth: img.bitDepth,
        }),
        mask,
        pattern: label.pattern,
        intensity: label.intensity,
      });
    } catch {
      unreadable += 1;
    }
  });
  // The read model orders by approval time; the simulation must not depend on it.
  samples.sort((a, b) => a.id.localeCompare(b.id));
  return {
    datasetId: dataset.id,
    slug: dataset.slug,
    name: dataset.name,
    patterns: dataset.patternClasses.map((p) => p.key),
    patternClasses: taxonomy.patternClasses,
    intensityLevels: taxonomy.intensityLevels,
    samples,
    unreadable,
  };
}
