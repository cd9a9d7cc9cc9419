import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../codegen';

const webDir = fileURLToPath(new URL('..', import.meta.url));

describe('generated GraphQL types (src/gql)', () => {
  it('match apps/api/schema.graphql and the documents; run `npm run codegen -w @hep2/web` if not', async () => {
    const cwd = process.cwd();
    process.chdir(webDir);
    try {
      const outputs = (await generate({ ...codegenConfig, silent: true }, false)) as {
        filename: string;
        content: string;
      }[];
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const onDisk = readFileSync(join(webDir, output.filename), 'utf8');
        expect(onDisk, `${output.filename} is stale`).toBe(output.content);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
