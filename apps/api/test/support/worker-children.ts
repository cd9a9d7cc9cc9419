import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const workerScript = fileURLToPath(new URL('./worker-process.ts', import.meta.url));

/** Polls `check` until it returns a value, or fails naming `what`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | null>,
  timeoutMs = 90_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** API processes that only run background workers, started by a test that may kill them. */
export function workerChildren(env: Record<string, string>) {
  const children: ChildProcess[] = [];
  return {
    async start(name: string): Promise<ChildProcess> {
      const child = spawn(process.execPath, ['--import', 'tsx', workerScript], {
        env: { ...process.env, ...env, HEP2_LAUNCHER_PID: String(process.pid) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      await waitFor(`worker ${name}`, async () => output.includes('workers ready') || null, 60_000);
      return child;
    },
    async stop(child: ChildProcess): Promise<void> {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
    async kill(child: ChildProcess): Promise<void> {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    },
    async stopAll(): Promise<void> {
      for (const child of children) await this.stop(child).catch(() => {});
    },
  };
}
