/** One Float32Array holding the parts back to back (per-batch or per-sample outputs into one table). */
export function concatFloat32(parts: readonly ArrayLike<number>[]): Float32Array {
  const out = new Float32Array(parts.reduce((s, p) => s + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
