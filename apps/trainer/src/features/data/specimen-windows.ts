import { DEFAULT_MAX_PIXELS, decodeImage, displayWindow } from '@hep2/data';
import type { Db } from '@hep2/db';
import { forEachLimited, type ObjectStore } from '@hep2/storage';

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
  let measured = 0;
  await forEachLimited(missing, 4, async (specimen) => {
    const image = await decodeImage(await deps.store.get(specimen.imageKey), {
      maxPixels: DEFAULT_MAX_PIXELS,
    });
    const window = displayWindow(image);
    if (window.max === 0) return;
    await deps.db.specimen.update({ where: { id: specimen.id }, data: { windowHigh: window.high } });
    measured += 1;
  });
  return measured;
}
