import { createHash } from 'node:crypto';

/** Hex SHA-256 of some bytes; the key that makes re-imports idempotent. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
