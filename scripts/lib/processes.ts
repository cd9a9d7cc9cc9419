import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Starts an app process whose output is prefixed with its name. */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): ManagedProcess {
  // Its own process group: the app runs under wrappers (npx -> tsx -> node), and signalling only the
  // wrapper left the app itself running (a shutdown once hung for minutes on trainer and web).
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => `[${name}] ${line}`)
      .join('\n');
  child.stdout?.on('data', (chunk: Buffer) => console.log(prefix(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => console.error(prefix(chunk)));
  return { name, child };
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Signals a child's whole process group (see startProcess); the child alone if it has none. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/**
 * SIGTERM to every app (and whatever it started), SIGKILL to what is left after `graceMs`: bounded
 * whatever state the apps are in (one dead, one hung on a database that is gone).
 */
export async function stopProcesses(processes: ManagedProcess[], graceMs = 5000): Promise<void> {
  for (const { child } of processes) signalGroup(child, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && processes.some(({ child }) => !exited(child))) await sleep(100);
  // also the groups of apps that exited: a wrapper may be gone while its app still runs
  for (const { child } of processes) signalGroup(child, 'SIGKILL');
}

/** `work`, or undefined once `ms` have passed (a stop that hangs must not hold up the others). */
export async function withinTime<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  // unreferenced: a pending timer must not keep the launcher alive once everything else ended
  return Promise.race([work, sleep(ms, undefined, { ref: false })]);
}

/**
 * A launcher killed with SIGKILL cannot stop its children. They exit by themselves when they notice
 * (HEP2_LAUNCHER_PID watchdog); this pid file is the second line of defence on the next start.
 */
export async function killRecordedProcesses(pidFile: string, log: (line: string) => void): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pids = readFileSync(pidFile, 'utf8')
    .split(/\s+/)
    .map(Number)
    .filter((pid) => pid > 0 && pid !== process.pid);
  for (const pid of pids.filter(isAlive)) {
    log(`stopping process ${pid} left by a previous run`);
    process.kill(pid, 'SIGTERM');
  }
  for (let i = 0; i < 50 && pids.some(isAlive); i++) await sleep(100);
  for (const pid of pids.filter(isAlive)) process.kill(pid, 'SIGKILL');
  rmSync(pidFile, { force: true });
}

export function recordProcesses(pidFile: string, processes: ManagedProcess[]): void {
  writeFileSync(pidFile, processes.map(({ child }) => child.pid ?? 0).join('\n'));
}
