import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * What a build is made of: the web app's own files and the packages it bundles, the shared TypeScript
 * settings and the versions of Next and React. Not its tests, README, `tsc`'s incremental state or
 * the files Next writes itself (`next-env.d.ts`, `.next`): running the type checks or the tests
 * must not make the next start rebuild.
 */
const SKIPPED = new Set(['node_modules', '.next', 'test', 'README.md', 'next-env.d.ts']);
const BUNDLED_PACKAGES = ['packages/data', 'packages/embedded'];
const VERSIONED = ['next', 'react', 'react-dom'];
const STAMP = 'hep2-build.json';
/** Shown before the first build on a machine (measured: 1.5-3.5 min on 2 busy cores). */
const FIRST_BUILD_ESTIMATE = 'usually 1-3 min on 2 cores';

interface BuildStamp {
  inputs: string;
  seconds: number;
}

function listFiles(dir: string, into: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name) || entry.name.endsWith('.tsbuildinfo')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(path, into);
    else if (entry.isFile()) into.push(path);
  }
  return into;
}

function moduleVersion(webDir: string, name: string): string {
  for (const dir of [webDir, resolve(webDir, '../..')]) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest))
      return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  }
  return 'missing';
}

/** A digest of every input's path and content (a few hundred small files: milliseconds). */
export function webBuildInputs(webDir: string): string {
  const root = resolve(webDir, '../..');
  const files = listFiles(webDir, []);
  for (const pkg of BUNDLED_PACKAGES) listFiles(join(root, pkg), files);
  files.push(join(root, 'tsconfig.base.json'));
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash.update(`${relative(root, file)}\0`);
    hash.update(readFileSync(file));
  }
  for (const name of VERSIONED) hash.update(`${name}@${moduleVersion(webDir, name)}\0`);
  return hash.digest('hex');
}

function readStamp(webDir: string): BuildStamp | null {
  try {
    return JSON.parse(readFileSync(join(webDir, '.next', STAMP), 'utf8')) as BuildStamp;
  } catch {
    return null;
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.next') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** A build made before builds were stamped, still newer than every source: adopted, not redone. */
function adoptUnstampedBuild(webDir: string, inputs: string): boolean {
  const buildId = join(webDir, '.next', 'BUILD_ID');
  if (readStamp(webDir) || !existsSync(buildId) || statSync(buildId).mtimeMs <= newestMtime(webDir))
    return false;
  writeFileSync(join(webDir, '.next', STAMP), JSON.stringify({ inputs, seconds: 0 }));
  return true;
}

function isFresh(webDir: string, inputs: string): boolean {
  return existsSync(join(webDir, '.next', 'BUILD_ID')) && readStamp(webDir)?.inputs === inputs;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid holding the lock; 0 while it is being taken; null when its taker died before writing it. */
function lockHolder(lock: string): number | null {
  try {
    return Number(readFileSync(join(lock, 'pid'), 'utf8')) || 0;
  } catch {
    try {
      return Date.now() - statSync(lock).mtimeMs > 30_000 ? null : 0;
    } catch {
      return 0;
    }
  }
}

/**
 * One build at a time per checkout (test files and a launcher may ask at once): the first takes
 * the lock, the others wait for it and then find the build fresh. A lock whose process died is
 * taken over.
 */
async function withBuildLock<T>(
  webDir: string,
  log: (line: string) => void,
  work: () => Promise<T>,
): Promise<T> {
  const lock = join(webDir, '.next-build.lock');
  let waited = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      const pid = lockHolder(lock);
      if (pid === null || (pid > 0 && !processAlive(pid))) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (!waited) log(`another process (pid ${pid || '?'}) is building the web app; waiting for it...`);
      waited = true;
      await sleep(2000);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function runNextBuild(webDir: string, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<number> {
  const started = Date.now();
  // Types are checked by `npm run typecheck` (and `npm test`, CI); here they would only add time.
  const child = spawn('npx', ['next', 'build'], {
    cwd: webDir,
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1', HEP2_WEB_BUILD_NO_TYPECHECK: '1' },
    stdio: 'inherit',
  });
  const progress = setInterval(
    () => log(`web build: ${Math.round((Date.now() - started) / 1000)} s so far...`),
    20_000,
  );
  return new Promise((done, fail) => {
    child.on('error', (error) => {
      clearInterval(progress);
      fail(error);
    });
    child.on('exit', (code, signal) => {
      clearInterval(progress);
      if (code === 0) done((Date.now() - started) / 1000);
      else fail(new Error(`next build failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/**
 * Builds the web app unless a build of exactly these sources exists (made at `npm install`, by an
 * earlier start or by a test). Says how long a build takes here before starting one (the last
 * build's time, kept with it), reports progress while it runs and its time when done.
 */
export async function ensureWebBuild(
  webDir: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<void> {
  const inputs = webBuildInputs(webDir);
  if (isFresh(webDir, inputs) || adoptUnstampedBuild(webDir, inputs)) {
    log('the web app is already built from these sources; reusing that build');
    return;
  }
  await withBuildLock(webDir, log, async () => {
    if (isFresh(webDir, inputs)) return;
    const last = readStamp(webDir)?.seconds;
    const reason = existsSync(join(webDir, '.next', 'BUILD_ID')) ? 'its sources changed' : 'no build yet';
    const estimate = last ? `the last build here took ${Math.round(last)} s` : FIRST_BUILD_ESTIMATE;
    log(`building the web app (${reason}; ${estimate}); it is kept for later starts...`);
    const seconds = await runNextBuild(webDir, env, log);
    writeFileSync(join(webDir, '.next', STAMP), JSON.stringify({ inputs, seconds } satisfies BuildStamp));
    log(`web app built in ${Math.round(seconds)} s`);
  });
}
