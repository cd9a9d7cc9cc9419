// Runs after `npm install` (after the Prisma client is generated): builds the web app once, so that
// the first `npm start` (and the browser tests, through the same ensureWebBuild) only reuse it. A
// build that cannot run here must not fail the install: it says so, and `npm start` builds later.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const log = (line) => console.log(`[install] ${line}`);

if (!existsSync(new URL('../.git', import.meta.url))) {
  // Docker build contexts leave .git out: the images build the web app in their own stage.
  log('not a git checkout: the web app is not built at install (the web image builds it)');
  process.exit(0);
}
const result = spawnSync('npx', ['tsx', 'scripts/build-web.ts'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) {
  const why = result.error ? result.error.message : `exit ${result.signal ?? result.status}`;
  log(`the web app could not be built now (${why}); the install is complete and \`npm start\` will build it`);
}
