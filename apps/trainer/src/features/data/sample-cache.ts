/** A decoded, resized patch: what the cache holds and training consumes. */
export interface DecodedPatch {
  image: Float32Array;
  mask: Float32Array | null;
}

/**
 * Bounded LRU of decoded patches, keyed by object keys and input size. One instance per trainer
 * process (created in main, passed down), so repeated runs of a dataset skip the object store and
 * PNG decoding while memory stays capped.
 */
export class SampleCache {
  private readonly entries = new Map<string, DecodedPatch>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): DecodedPatch | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, value: DecodedPatch): void {
    const size = sizeOf(value);
    if (size > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= sizeOf(old);
      this.entries.delete(key);
    }
    this.entries.set(key, value);
    this.bytes += size;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= sizeOf(v);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }
}

const sizeOf = (v: DecodedPatch) => v.image.byteLength + (v.mask?.byteLength ?? 0);
