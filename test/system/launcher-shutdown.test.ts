/**
 * The launcher's shutdown is bounded whatever its children do: an app that ignores SIGTERM, running
 * under a wrapper (npx -> tsx -> node) that exits on its own, is still ended, within the grace time.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { startProcess, stopProcesses, withinTime } from '../../scripts/lib/processes';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// A wrapper that starts an app ignoring SIGTERM, prints its pid, and itself ignores SIGTERM too.
const STUBBORN = `
const { spawn } = require('node:child_process');
process.on('SIGTERM', () => {});
const app = spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)"], { stdio: 'ignore' });
console.log('app-pid=' + app.pid);
setInterval(() => {}, 1000);
`;

describe('launcher shutdown', () => {
  it('ends stubborn apps and the processes they started within the grace time', async () => {
    const managed = startProcess('stubborn', process.execPath, ['-e', STUBBORN], process.env);
    let out = '';
    managed.child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    while (!/app-pid=\d+/.test(out)) await sleep(50);
    const appPid = Number(/app-pid=(\d+)/.exec(out)?.[1]);
    expect(alive(appPid)).toBe(true);

    const started = performance.now();
    await stopProcesses([managed], 1000);
    const took = performance.now() - started;
    await sleep(200);
    expect(alive(appPid)).toBe(false);
    expect(managed.child.pid && alive(managed.child.pid)).toBe(false);
    // the grace time plus the loop's tick, far below the minute the old shutdown hung
    expect(took).toBeLessThan(1000 * 3);
  });

  it('gives up on a stop that never ends', async () => {
    const never = new Promise<void>(() => {});
    expect(await withinTime(never, 100)).toBeUndefined();
    expect(await withinTime(Promise.resolve(7), 100)).toBe(7);
  });
});
