/**
 * No test may depend on how fast the machine is: every vitest project sizes its test and hook
 * timeouts for a loaded 2-core machine. vitest's defaults (5 s a test, 10 s a hook) failed a data
 * generator's beforeAll under load; a workspace that adds tests without its own limits would
 * inherit them again.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../e2e/support/platform';

const MIN_TEST_MS = 30_000;
const MIN_HOOK_MS = 60_000;

/** Every folder the root vitest.config.ts runs as a project, with tests of its own. */
function projectsWithTests(): string[] {
  const folders = ['apps/api', 'apps/trainer', 'apps/web', 'test'];
  for (const name of readdirSync(join(repoRoot, 'packages'))) folders.push(`packages/${name}`);
  return folders.filter((f) => {
    const tests = join(repoRoot, f, f === 'test' ? 'system' : 'test');
    return statSync(tests, { throwIfNoEntry: false })?.isDirectory() ?? false;
  });
}

const limit = (config: string, key: string) => {
  const match = new RegExp(`${key}:\\s*([\\d_]+)`).exec(config);
  return match ? Number(match[1]?.replaceAll('_', '')) : null;
};

describe('test timeouts', () => {
  for (const project of projectsWithTests()) {
    it(`${project} sets its own test and hook timeouts, sized for a loaded machine`, () => {
      const file = join(repoRoot, project, 'vitest.config.ts');
      const config = statSync(file, { throwIfNoEntry: false }) ? readFileSync(file, 'utf8') : '';
      expect(limit(config, 'testTimeout'), `${file}: testTimeout`).toBeGreaterThanOrEqual(MIN_TEST_MS);
      expect(limit(config, 'hookTimeout'), `${file}: hookTimeout`).toBeGreaterThanOrEqual(MIN_HOOK_MS);
    });
  }
});
