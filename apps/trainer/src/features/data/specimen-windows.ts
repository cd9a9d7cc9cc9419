import { DEFAULT_MAX_PIXELS, decodeImage, displayWindow } from '@hep2/data';
import type { Db } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';

/**
 * Measures the bright level (Specimen.windowHigh) of specimens imported before imports measured it,
 * from their stored originals, so that per-specimen input normalisation has a level for every
 * specimen. A dataset is measured once: a later call finds nothing to do. An all-black specimen
 * keeps no level (it takes its group's).
 */
export async function measureMissingWindows(
  deps: { db: Db; store: ObjectStore },
  datasetId: string,
  log: (line: string) => void = () => {},
): Promise<number> {
  const missing = await deps.db.specimen.findMany({
    where: { datasetId, windowHigh: null },
    select: { id: true, imageKey: true },
  });
  if (missing.length === 0) return 0;
  log(`measuring the bright level of ${missing.length} specimens imported before it was recorded`);
  let next = 0;
  let measured = 0;
  const worker = async () => {
    while (next < missing.length) {
      const specimen = missing[next] as (typeof missing)[number];
      next += 1;
      const image = await decodeImage(await deps.store.get(specimen.imageKey), {
        maxPixels: DEFAULT_MAX_PIXELS,
      });
      const window = displayWindow(image);
      if (window.max === 0) continue;
      await deps.db.specimen.update({ where: { id: specimen.id }, data: { windowHigh: window.high } });
      measured += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, missing.length) }, worker));
  return measured;
}
