/**
 * Every Dockerfile under docker/ passes the hadolint rules that matter (scripts/lib/dockerfile-lint.ts,
 * offline); and the linter itself catches each rule on a bad example, so a clean result means something.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../scripts/lib/dockerfile-lint';

const dockerDir = fileURLToPath(new URL('../../docker', import.meta.url));
const dockerfiles = readdirSync(dockerDir).filter((f) => /^Dockerfile(\..+)?$/.test(f));

describe('Dockerfile lint', () => {
  it('finds the Dockerfiles', () => {
    expect(dockerfiles).toContain('Dockerfile');
    expect(dockerfiles).toContain('Dockerfile.trainer-gpu');
  });

  for (const file of dockerfiles) {
    it(`docker/${file} is clean`, () => {
      expect(lintDockerfile(readFileSync(join(dockerDir, file), 'utf8'))).toEqual([]);
    });
  }

  it('reports each rule on a bad Dockerfile, with its line', () => {
    const bad = [
      'FROM node AS base', // 1 DL3006
      'FROM ubuntu:latest AS tools', // 2 DL3007
      'MAINTAINER someone', // 3 DL4000
      'RUN apt-get update && apt-get install curl', // 4 DL3015, DL3014, DL3009
      'RUN curl -s http://x | sh', // 5 DL4006
      'RUN cd /tmp && sudo make', // 6 DL3003, DL3004
      'WORKDIR app', // 7 DL3000
      'ADD . /app', // 8 DL3020
      'CMD npm start', // 9 DL3025, DL3002, HEP201
      'FROM base AS runner', // 10
      'USER root', // 11
      'CMD ["node", "main.js"]', // 12 DL3002, HEP201 (inherits no HEALTHCHECK)
    ].join('\n');
    const found = lintDockerfile(bad).map((f) => `${f.line}:${f.rule}`);
    expect(found.sort()).toEqual(
      [
        '1:DL3006',
        '2:DL3007',
        '3:DL4000',
        '4:DL3015',
        '4:DL3014',
        '4:DL3009',
        '5:DL4006',
        '6:DL3003',
        '6:DL3004',
        '7:DL3000',
        '8:DL3020',
        '9:DL3025',
        '9:DL3002',
        '9:HEP201',
        '12:DL3002',
        '12:HEP201',
      ].sort(),
    );
  });

  it('honours hadolint ignore comments and inherited USER / HEALTHCHECK', () => {
    const good = [
      'FROM debian:12.11-slim AS base',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      '# hadolint ignore=DL3015',
      'RUN apt-get update && apt-get install -y curl | cat && rm -rf /var/lib/apt/lists/*',
      'USER app',
      'HEALTHCHECK NONE',
      'FROM base AS runner',
      'CMD ["node", "main.js"]',
    ].join('\n');
    expect(lintDockerfile(good)).toEqual([]);
  });
});
