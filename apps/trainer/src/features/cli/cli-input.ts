import type { Db } from '@hep2/db';

/** Bad command-line input: exit code 2, the message says which option and why. */
export class CliInputError extends Error {
  override name = 'CliInputError';
}

export const EXIT = { ok: 0, failed: 1, usage: 2, busy: 3, cancelled: 130 } as const;

/** A dataset by id or slug. */
export async function resolveDataset(db: Db, ref: string | undefined): Promise<{ id: string; slug: string }> {
  if (!ref) throw new CliInputError('--dataset <id|slug> is required');
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ref);
  const dataset = await db.dataset.findFirst({
    where: isUuid ? { id: ref } : { slug: ref },
    select: { id: true, slug: true },
  });
  if (!dataset) throw new CliInputError(`--dataset: no dataset with ${isUuid ? 'id' : 'slug'} ${ref}`);
  return dataset;
}

/** A numeric option, or undefined when absent; anything not a finite number is refused. */
export function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n))
    throw new CliInputError(`--${name}: expected a number, got "${value}"`);
  return n;
}

export function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
