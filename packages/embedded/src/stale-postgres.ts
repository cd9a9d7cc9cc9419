import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPostmasterPid(dataDir: string): number | null {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isFinite(pid) && pid > 0 ? pid : null;
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/**
 * A previous run killed with SIGKILL leaves its postgres child running (or a stale pid file).
 * Stop an orphan that serves *this* data directory, and remove a pid file whose process is gone,
 * so the next start succeeds instead of failing on "lock file already exists".
 */
export async function recoverStalePostgres(dataDir: string, log: (line: string) => void): Promise<void> {
  const pid = readPostmasterPid(dataDir);
  if (pid === null) return;
  if (isAlive(pid) && commandLineOf(pid).includes(dataDir)) {
    log(`stopping orphaned postgres (pid ${pid}) left by a previous run`);
    process.kill(pid, 'SIGINT'); // fast shutdown: aborts transactions, keeps data consistent
    for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  }
  if (!isAlive(pid) && existsSync(join(dataDir, 'postmaster.pid'))) {
    log('removing stale postmaster.pid');
    rmSync(join(dataDir, 'postmaster.pid'));
  }
}
