import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

// graphql 16 ships CJS (`main`) and ESM (`module`) without an exports map: Node gives libraries the
// CJS copy while Vite would give our code the ESM copy, and graphql refuses types from "another realm".
// Pin everyone to the copy Node resolves.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

export default defineProject({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    name: 'api',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
