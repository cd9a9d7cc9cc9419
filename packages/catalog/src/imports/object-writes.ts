import type { Db } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';

/**
 * Every object an import writes goes through here, so that a failed import can take back exactly
 * what it wrote. Keys are recorded before the upload starts: a half-finished put is removed too.
 */
export class ObjectWrites {
  readonly keys: string[] = [];

  /**
   * `journal` records a key durably before its upload starts, so that an attempt killed before it
   * could roll back can still be cleaned up by whoever retries it (the API's durable import queue).
   */
  constructor(
    private readonly store: ObjectStore,
    private readonly journal?: (key: string) => Promise<void>,
  ) {}

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    this.keys.push(key);
    await this.journal?.(key);
    await this.store.put(key, bytes, contentType);
  }

  /**
   * Removes what this import wrote, except objects a committed specimen references (specimen keys
   * are content-addressed, so a concurrent import of the same file may own the same key).
   */
  async rollback(db: Db): Promise<void> {
    if (this.keys.length === 0) return;
    const keys = [...new Set(this.keys)];
    const owned = await db.specimen.findMany({
      where: { OR: [{ imageKey: { in: keys } }, { maskKey: { in: keys } }] },
      select: { imageKey: true, maskKey: true },
    });
    const keep = new Set(owned.flatMap((s) => [s.imageKey, s.maskKey ?? '']));
    await this.store.removeMany(keys.filter((k) => !keep.has(k)));
    this.keys.length = 0;
  }
}
