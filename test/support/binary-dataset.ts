/**
 * A dataset whose taxonomy tells raw positions and ranks apart from the model's class indices, for
 * the tests of every reader of curated labels (test code only).
 */
import type { Db } from '@hep2/db';

/**
 * A BINARY dataset with three intensity levels and two pattern classes at positions 3 and 7. The
 * model's pattern indices are their order (0 and 1); its intensity head has two classes
 * (intermediate 0, positive 1) and negative is no target. Returns the dataset's id and the ids of
 * its classes and levels by key.
 */
export async function createBinaryDataset(db: Db, data: { slug: string; name: string; patchSize?: number }) {
  const dataset = await db.dataset.create({
    data: {
      ...data,
      intensityMode: 'BINARY',
      patternClasses: {
        create: [
          { key: 'homogeneous', name: 'Homogeneous', position: 3, icapCodes: [] },
          { key: 'speckled', name: 'Speckled', position: 7, icapCodes: [] },
        ],
      },
      intensityLevels: {
        create: [
          { key: 'negative', name: 'Negative', rank: 0 },
          { key: 'intermediate', name: 'Intermediate', rank: 1 },
          { key: 'positive', name: 'Positive', rank: 2 },
        ],
      },
    },
    select: {
      id: true,
      patternClasses: { select: { id: true, key: true } },
      intensityLevels: { select: { id: true, key: true } },
    },
  });
  const idOf = (rows: { id: string; key: string }[], key: string) => {
    const row = rows.find((r) => r.key === key);
    if (!row) throw new Error(`no class or level "${key}" in the binary dataset`);
    return row.id;
  };
  return {
    id: dataset.id,
    /** The id of the pattern class `key`. */
    pattern: (key: string) => idOf(dataset.patternClasses, key),
    /** The id of the intensity level `key`. */
    level: (key: string) => idOf(dataset.intensityLevels, key),
  };
}
