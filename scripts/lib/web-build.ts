import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.next') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the web app when it has never been built or its sources changed since the last build. */
export function ensureWebBuild(webDir: string, env: NodeJS.ProcessEnv, log: (line: string) => void): void {
  const buildId = join(webDir, '.next', 'BUILD_ID');
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestMtime(webDir)) return;
  log('building the web app (first start or sources changed; ~30 s)...');
  const result = spawnSync('npx', ['next', 'build'], { cwd: webDir, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('next build failed');
}
