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
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
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

export async function stopProcesses(processes: ManagedProcess[]): Promise<void> {
  for (const { child } of processes) if (child.exitCode === null) child.kill('SIGTERM');
  for (
    let i = 0;
    i < 50 && processes.some(({ child }) => child.exitCode === null && child.signalCode === null);
    i++
  )
    await sleep(100);
  for (const { child } of processes)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
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
