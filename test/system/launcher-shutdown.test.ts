/**
 * The launcher's shutdown is bounded whatever its children do: an app that ignores SIGTERM, running
 * under a wrapper (npx -> tsx -> node) that exits on its own, is still ended, within the grace time;
 * and so is the whole platform's shutdown when Postgres is already down (killed from outside).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { findFreePort, startPlatformServices } from '@hep2/embedded';
import { describe, expect, it } from 'vitest';
import { startProcess, stopProcesses, withinTime } from '../../scripts/lib/processes';
import { SHUTDOWN_BUDGET, shutdownPlatform } from '../../scripts/lib/shutdown';

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

  it('ends the platform within its budget with Postgres down and an app ignoring SIGTERM', async () => {
    // `npm start` exits after 10 s whatever happens; its steps must fit in that on their own
    expect(SHUTDOWN_BUDGET.appsMs + SHUTDOWN_BUDGET.servicesMs).toBeLessThan(10_000);
    const dataDir = mkdtempSync(join(tmpdir(), 'hep2-shutdown-'));
    try {
      const infra = await startPlatformServices({
        dataDir,
        bucket: 'hep2-shutdown',
        pgPort: await findFreePort(),
        s3Port: await findFreePort(),
        log: () => {},
      });
      // Postgres dies under the platform (SIGKILL to the postmaster): its stop can no longer complete
      const postmaster = Number(
        readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      process.kill(postmaster, 'SIGKILL');
      const managed = startProcess('stubborn', process.execPath, ['-e', STUBBORN], process.env);
      let out = '';
      managed.child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
      });
      while (!/app-pid=\d+/.test(out)) await sleep(50);
      const appPid = Number(/app-pid=(\d+)/.exec(out)?.[1]);

      const budget = { appsMs: 1000, servicesMs: 1000 };
      const started = performance.now();
      const finished = await withinTime(
        shutdownPlatform([managed], infra, budget).then(() => true),
        budget.appsMs + budget.servicesMs + 5000,
      );
      const took = performance.now() - started;
      await sleep(200);
      expect(finished).toBe(true);
      expect(alive(appPid)).toBe(false);
      console.log(
        `platform shutdown with postgres down: ${took.toFixed(0)} ms (budget ${budget.appsMs + budget.servicesMs} ms)`,
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('gives up on a stop that never ends', async () => {
    const never = new Promise<void>(() => {});
    expect(await withinTime(never, 100)).toBeUndefined();
    expect(await withinTime(Promise.resolve(7), 100)).toBe(7);
  });
});
