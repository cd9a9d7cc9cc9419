/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataset, importFolder, readZip } from '@hep2/catalog';
import { writeDatasetFolder } from '@hep2/data';
import type { Db } from '@hep2/db';
import { ObjectStore } from '@hep2/storage';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * A small dataset of its own with curated (approved) labels, imported straight through the catalog:
 * 2 specimens of 256x192 in 128 px patches.
 */
export async function seedCuratedDataset(
  db: Db,
  s3: { endpoint: string; accessKey: string; secretKey: string; bucket: string },
): Promise<{ datasetId: string; approved: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'hep2-e2e-export-'));
  try {
    await writeDatasetFolder(
      dir,
      { seed: 'e2e-export', specimens: 2, width: 256, height: 192, cellCount: 5, idPrefix: 'exp' },
      { layout: 'header-csv' },
    );
    const tag = randomUUID().slice(0, 8);
    const dataset = await createDataset(db, {
      slug: `e2e-export-${tag}`,
      name: `Export E2E ${tag}`,
      patchSize: 128,
    });
    const store = new ObjectStore({ ...s3, region: 'us-east-1' });
    const imported = await importFolder(db, store, { datasetId: dataset.id, dir, labels: 'curated' });
    if (imported.status !== 'SUCCEEDED') throw new Error(`seed import ${imported.status}`);
    return { datasetId: dataset.id, approved: imported.approvedPatches };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * On a dataset's admin page: starts an export in the Export panel, waits for its row to say it is
 * ready, and downloads the .zip through the row's Download link, as a user would.
 */
export async function exportThroughPage(
  page: Page,
  format: string,
): Promise<{ row: Locator; fileName: string; zip: Map<string, Buffer> }> {
  const panel = await exportPanel(page);
  const row = await startExport(panel, format);
  await newestReady(panel, 60_000);
  return { row, ...(await downloadArchive(page, row, 20_000)) };
}

async function exportPanel(page: Page): Promise<Locator> {
  const panel = page.locator('section[aria-label="Export"]');
  await panel.scrollIntoViewIfNeeded();
  return panel;
}

/** Starts an export of `format` in the panel; returns its row (the newest, listed first). */
async function startExport(panel: Locator, format: string): Promise<Locator> {
  const form = panel.getByRole('form', { name: 'New export' });
  await form.getByLabel('Format').selectOption(format);
  const rows = panel.locator('[data-testid=export-job]');
  const before = await rows.count();
  await form.getByRole('button', { name: 'Start export' }).click();
  await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(before + 1);
  const row = rows.first();
  expect(await row.getAttribute('data-format')).toBe(format);
  return row;
}

async function newestReady(panel: Locator, timeoutMs: number): Promise<void> {
  await panel
    .locator('[data-testid=export-job][data-status=SUCCEEDED]')
    .first()
    .waitFor({ timeout: timeoutMs });
}

/** Downloads an export's archive through its row's link, as a user would. */
async function downloadArchive(
  page: Page,
  row: Locator,
  timeoutMs: number,
): Promise<{ fileName: string; zip: Map<string, Buffer> }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: timeoutMs }),
    row.getByTestId('export-download').click(),
  ]);
  return { fileName: download.suggestedFilename(), zip: await readZip(await download.path()) };
}

/** What the newest export row said at one moment: its status and its progress bar's value. */
export interface ExportRowState {
  status: string | null;
  text: string | null;
  progress: number | null;
}

/**
 * Like exportThroughPage, for a long export: records every state the newest row shows while the
 * job runs (a MutationObserver in the page, so no state is missed between polls), waits up to
 * `timeoutMs` for it to be ready, then downloads the archive through the row's link.
 */
export async function exportFollowingProgress(
  page: Page,
  format: string,
  timeoutMs: number,
): Promise<{ row: Locator; fileName: string; zip: Map<string, Buffer>; states: ExportRowState[] }> {
  const panel = await exportPanel(page);
  await page.evaluate(() => {
    const seen: { status: string | null; text: string | null; progress: number | null }[] = [];
    const record = () => {
      const row = document.querySelector('section[aria-label="Export"] [data-testid=export-job]');
      if (!row) return;
      const state = {
        status: row.getAttribute('data-status'),
        text: row.querySelector('[data-testid=export-status]')?.textContent ?? null,
        progress: (row.querySelector('progress') as HTMLProgressElement | null)?.value ?? null,
      };
      const last = seen.at(-1);
      if (
        !last ||
        last.status !== state.status ||
        last.text !== state.text ||
        last.progress !== state.progress
      )
        seen.push(state);
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    (window as unknown as { hep2ExportStates: typeof seen }).hep2ExportStates = seen;
  });
  const row = await startExport(panel, format);
  await newestReady(panel, timeoutMs);
  const states = await page.evaluate(
    () => (window as unknown as { hep2ExportStates: ExportRowState[] }).hep2ExportStates,
  );
  return { row, ...(await downloadArchive(page, row, 30_000)), states };
}
