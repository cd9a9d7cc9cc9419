/** float32 little-endian bytes, the Prediction.embedding format. */
export function embeddingToBytes(e: Float32Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(e.length * 4);
  const view = new DataView(out.buffer);
  for (const [i, v] of e.entries()) view.setFloat32(i * 4, v, true);
  return out;
}

export function embeddingFromBytes(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Float32Array.from({ length: bytes.byteLength / 4 }, (_, i) => view.getFloat32(i * 4, true));
}
