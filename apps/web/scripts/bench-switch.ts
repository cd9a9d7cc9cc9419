/**
 * `npm run bench:switch [-- --web http://127.0.0.1:3000 --switches 20 --think-ms 1500 --dataset ID]`
 * Patch switch as an annotator feels it, against a running platform (`npm start`): Debian's Chromium
 * signs in as an annotator, opens a dataset and submits patch after patch by keyboard (pattern 1,
 * intensity Q, Enter), pausing `--think-ms` on each as a person would (the next patch is prefetched
 * meanwhile). The editor's own marks (`window.hep2Perf`, perf-marks.ts) give each switch: Enter to
 * the first frame with the next patch on screen, and Enter to the server's answer to submit + claim.
 * Prints median and p95 of both: the answer is this run's baseline (what a switch that waited for
 * the server would cost at the least), so a loaded machine shows in both figures.
 *
 * Without `--dataset` it signs in as an admin, creates a scratch dataset `bench-switch-<time>` and
 * imports generated specimens into it from a folder under the API's import root (`--import-root`,
 * default the OS temp folder, as IMPORT_ROOT): nothing else is labelled. With `--dataset` it submits
 * labels on that dataset's patches as the annotator: use a scratch or demo dataset.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeDatasetFolder } from '@hep2/data';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

const { values: opts } = parseArgs({
  options: {
    web: { type: 'string', default: process.env.WEB_URL ?? 'http://127.0.0.1:3000' },
    dataset: { type: 'string' },
    switches: { type: 'string', default: '20' },
    'think-ms': { type: 'string', default: '1500' },
    specimens: { type: 'string', default: '2' },
    'import-root': { type: 'string', default: tmpdir() },
    email: { type: 'string', default: 'annotator@demo.local' },
    password: { type: 'string', default: 'demo-annotator-pass' },
    'admin-email': { type: 'string', default: 'admin@demo.local' },
    'admin-password': { type: 'string', default: 'demo-admin-pass' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  console.log(
    'options: --web URL (default http://127.0.0.1:3000) --switches N (20) --think-ms MS (1500) --dataset ID (default: a new scratch dataset) --specimens N (scratch dataset, 2) --import-root DIR (the API IMPORT_ROOT, default OS temp) --email/--password (annotator) --admin-email/--admin-password (creates the scratch dataset) --chromium PATH',
  );
  process.exit(0);
}
const WEB = opts.web.replace(/\/$/, '');
const SWITCHES = Number(opts.switches);
const THINK_MS = Number(opts['think-ms']);

interface SwitchRecord {
  prefetched: boolean | null;
  phases: Record<string, number>;
  totalMs: number;
  failed?: boolean;
}

async function signIn(context: BrowserContext, email: string, password: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${WEB}/sign-in`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 30_000 });
  return page;
}

async function graphql<T>(context: BrowserContext, query: string, variables: Record<string, unknown>) {
  const cookie = (await context.cookies(WEB)).map((c) => `${c.name}=${c.value}`).join('; ');
  const response = await fetch(`${WEB}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length)
    throw new Error(`GraphQL: ${body.errors?.map((e) => e.message).join('; ') ?? response.status}`);
  return body.data;
}

/** A scratch dataset of generated specimens, imported the way an admin imports a folder. */
async function scratchDataset(context: BrowserContext): Promise<string> {
  await signIn(context, opts['admin-email'], opts['admin-password']);
  const stamp = new Date()
    .toISOString()
    .replace(/[^0-9]/g, '')
    .slice(0, 14);
  const { createDataset } = await graphql<{ createDataset: { id: string } }>(
    context,
    'mutation($s: String!, $n: String!) { createDataset(slug: $s, name: $n) { id } }',
    { s: `bench-switch-${stamp}`, n: `Switch bench ${stamp}` },
  );
  const dir = await mkdtemp(join(opts['import-root'], 'hep2-bench-switch-'));
  try {
    const specimens = Number(opts.specimens);
    await writeDatasetFolder(dir, { seed: stamp, specimens, idPrefix: 'bench' }, { layout: 'header-csv' });
    const { startImport } = await graphql<{ startImport: { id: string } }>(
      context,
      'mutation($d: ID!, $p: String!) { startImport(datasetId: $d, serverPath: $p) { id } }',
      { d: createDataset.id, p: dir },
    );
    for (;;) {
      const { importJob } = await graphql<{ importJob: { status: string; error: string | null } }>(
        context,
        'query($id: ID!) { importJob(id: $id) { status error } }',
        { id: startImport.id },
      );
      if (importJob.status === 'SUCCEEDED') break;
      if (importJob.status === 'FAILED') throw new Error(`import failed: ${importJob.error}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return createDataset.id;
}

const leasedPatch = (page: Page) =>
  page.evaluate(() => {
    const e = (window as unknown as { hep2Editor?: { patchId: string; leaseId: string } }).hep2Editor;
    return e?.leaseId ? e.patchId : null;
  });

function quantile(values: number[], q: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? null) : null;
}

const ms = (v: number | null) => (v === null ? '-' : `${v.toFixed(0)} ms`);

async function main() {
  const browser = await chromium.launch({
    executablePath: opts.chromium,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    const datasetId = opts.dataset ?? (await scratchDataset(await browser.newContext()));
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await signIn(context, opts.email, opts.password);
    await page.goto(`${WEB}/annotate/${datasetId}`);
    let done = 0;
    for (; done < SWITCHES; done++) {
      await page.waitForFunction(
        () =>
          !!(window as unknown as { hep2Editor?: { leaseId: string } }).hep2Editor?.leaseId ||
          document.body.textContent?.includes('Nothing left to label'),
        undefined,
        { timeout: 60_000 },
      );
      const from = await leasedPatch(page);
      if (!from) break; // the queue is empty
      await page.waitForTimeout(THINK_MS);
      await page.keyboard.press('1');
      await page.keyboard.press('q');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (id) =>
          document.querySelector('[data-testid=editor]:not([hidden] *)')?.getAttribute('data-patch-id') !==
            id || document.body.textContent?.includes('Nothing left to label'),
        from,
        { timeout: 60_000 },
      );
    }
    await page.waitForTimeout(1_000); // the last switch's answer lands in its record
    const records = await page.evaluate(
      () =>
        (window as unknown as { hep2Perf?: { switchDetails: SwitchRecord[] } }).hep2Perf?.switchDetails ?? [],
    );
    const ok = records.filter((r) => !r.failed);
    const shown = ok.map((r) => r.totalMs);
    const answered = ok.flatMap((r) => (r.phases.claimed === undefined ? [] : [r.phases.claimed]));
    const hits = ok.filter((r) => r.prefetched).length;
    console.log(`patch switch, ${ok.length} submits on dataset ${datasetId} (${WEB}), think ${THINK_MS} ms`);
    console.log(`  prefetch hits: ${hits}/${ok.length}; failed submits: ${records.length - ok.length}`);
    console.log(
      `  Enter -> next patch on screen:     median ${ms(quantile(shown, 0.5))}, p95 ${ms(quantile(shown, 0.95))}`,
    );
    console.log(
      `  Enter -> submit + claim answered:  median ${ms(quantile(answered, 0.5))}, p95 ${ms(quantile(answered, 0.95))} (baseline: the server's answer)`,
    );
    const ratio = (quantile(shown, 0.5) ?? Number.NaN) / (quantile(answered, 0.5) ?? Number.NaN);
    console.log(`  median on screen / median answered: ${ratio.toFixed(2)}`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
