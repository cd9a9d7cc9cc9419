/**
 * The API imports this package: it must never load TensorFlow.js. Every module it imports from
 * outside is on this list, and @hep2/model (which loads TensorFlow.js) only for types.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../src');
const ALLOWED = [
  '@hep2/active-learning/bootstrap',
  '@hep2/data',
  '@hep2/db',
  '@hep2/db/labels',
  '@hep2/storage',
  'zod',
];

const sources = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));

describe('@hep2/training loads no TensorFlow.js', () => {
  it.each(sources)('%s imports only tfjs-free modules at run time', (file) => {
    const text = readFileSync(join(SRC, file), 'utf8');
    for (const [statement, from] of text.matchAll(/^(?:import|export)\b[^;]*?\bfrom '([^']+)';/gms)) {
      if (from === undefined || from.startsWith('.') || from.startsWith('node:')) continue;
      const typeOnly = /^(import|export) type\b/.test(statement);
      if (from === '@hep2/model') expect(typeOnly, `${file}: ${statement}`).toBe(true);
      else expect(ALLOWED, `${file}: ${statement}`).toContain(from);
    }
  });
});
