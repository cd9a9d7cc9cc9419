import type { Db } from '@hep2/db';
import type { Infrastructure } from './infrastructure';

/** Seeds the synthetic demo dataset once (filled in by the data-import work). */
export async function seedDemoDataset(
  _db: Db,
  _infra: Infrastructure,
  _log: (line: string) => void,
): Promise<void> {}
