/** Builds the web app unless a build of the current sources is kept (see lib/web-build.ts). */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWebBuild } from './lib/web-build';

const root = fileURLToPath(new URL('..', import.meta.url));
await ensureWebBuild(join(root, 'apps/web'), process.env, (line) => console.log(`[install] ${line}`));
