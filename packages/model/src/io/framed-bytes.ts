/**
 * The container both the model artifact and the trainer's checkpoints use: an 8-byte ASCII magic,
 * a uint32 LE header length, a UTF-8 JSON header, then the body parts back to back.
 */
export function writeFramed(magic: string, header: unknown, parts: readonly Uint8Array[]): Uint8Array {
  const head = new TextEncoder().encode(JSON.stringify(header));
  const bodyStart = magic.length + 4 + head.byteLength;
  const out = new Uint8Array(bodyStart + parts.reduce((n, p) => n + p.byteLength, 0));
  out.set(new TextEncoder().encode(magic), 0);
  new DataView(out.buffer).setUint32(magic.length, head.byteLength, true);
  out.set(head, magic.length + 4);
  let pos = bodyStart;
  for (const part of parts) {
    out.set(part, pos);
    pos += part.byteLength;
  }
  return out;
}

/**
 * Reads the header of a framed object; `bodyStart` is where the parts begin in `bytes`. `what`
 * names the expected kind in the error for a foreign object ("not a checkpoint (magic ...)").
 */
export function readFramed<H>(
  bytes: Uint8Array,
  magic: string,
  what: string,
): { header: H; bodyStart: number } {
  const found = new TextDecoder().decode(bytes.subarray(0, magic.length));
  if (found !== magic) throw new Error(`not ${what} (magic ${JSON.stringify(found)})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headLength = view.getUint32(magic.length, true);
  const headStart = magic.length + 4;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(headStart, headStart + headLength))) as H;
  return { header, bodyStart: headStart + headLength };
}
