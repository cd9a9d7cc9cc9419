/// <reference lib="dom" />
import { copyFileSync } from 'node:fs';
import { decodeImage } from '@hep2/data';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, signIn } from './support/browser';
import { browserUserGraphql } from './support/graphql-client';
import { type Platform, startPlatform } from './support/platform';
import { claimAndSubmit } from './support/review-fixtures';
import { type SeededLabelingDataset, seedLabelingDataset } from './support/seed-dataset';

type Role = 'admin' | 'curator' | 'annotator';
const USERS: Record<Role, [email: string, password: string]> = {
  admin: ['admin@demo.local', 'demo-admin-pass'],
  curator: ['curator@demo.local', 'demo-curator-pass'],
  annotator: ['annotator@demo.local', 'demo-annotator-pass'],
};

let platform: Platform;
let seeded: SeededLabelingDataset;
let browser: Browser;
const sessions = {} as Record<Role, { context: BrowserContext; page: Page }>;

beforeAll(async () => {
  platform = await startPlatform();
  seeded = await seedLabelingDataset(platform.db, platform.infra.s3);
  browser = await launchChromium();
  for (const role of Object.keys(USERS) as Role[]) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, platform.webUrl, ...USERS[role]);
    await page.waitForSelector('[data-testid=viewer]');
    sessions[role] = { context, page };
  }
}, 400_000);

// A failed step leaves the curator's page behind as a screenshot.
afterEach(async (context) => {
  if (context.task.result?.state === 'fail')
    await screenshot(sessions.curator.page, 'failed-review-mask-edit').catch(() => {});
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await platform?.stop();
});

const SIDE = 384; // the seeded patches
// Annotator's rectangle, in pixels: x and y in [76, 192).
const RECT: [number, number, number, number] = [0.2, 0.2, 0.5, 0.5];

/** Drags the mouse over the edit dialog's canvas between two image pixels. */
async function paint(page: Page, from: [number, number], to: [number, number]) {
  const canvas = page.locator('[data-testid=edit-approve] [data-testid=patch-canvas]');
  const box = await canvas.boundingBox();
  const attr = async (name: string) => Number(await canvas.getAttribute(name));
  const [scale, offsetX, offsetY] = [
    await attr('data-scale'),
    await attr('data-offset-x'),
    await attr('data-offset-y'),
  ];
  if (!box || !scale) throw new Error('the canvas is not laid out');
  const at = ([x, y]: [number, number]) =>
    [box.x + offsetX + x * scale, box.y + offsetY + y * scale] as const;
  await page.mouse.move(...at(from));
  await page.mouse.down();
  await page.mouse.move(...at(to), { steps: 30 });
  await page.mouse.up();
}

const maskArea = async (page: Page) =>
  Number(await page.locator('[data-testid=edit-approve]').getAttribute('data-mask-area'));

async function maskAt(url: string | null | undefined): Promise<(x: number, y: number) => boolean> {
  const response = await fetch(url ?? '');
  if (!response.ok) throw new Error(`mask request failed (${response.status})`);
  const image = await decodeImage(new Uint8Array(await response.arrayBuffer()));
  return (x, y) => (image.data[y * image.width + x] ?? 0) > 0;
}

interface Annotation {
  id: string;
  authorId: string | null;
  status: string;
  maskUrl: string | null;
  maskArea: number | null;
  reviewDice: number | null;
  revisions: { status: string; editedById: string | null }[];
}

describe('curator repaints a mask in review', () => {
  it('edits the submitted mask with the editor’s tools, approves it, and the API holds the repainted mask', async () => {
    const taxonomy = await browserUserGraphql<{
      dataset: { patternClasses: { id: string; key: string }[]; intensityLevels: { id: string }[] };
    }>(
      sessions.admin.context,
      platform.webUrl,
      'query($id: ID!) { dataset(id: $id) { patternClasses { id key } intensityLevels { id } } }',
      { id: seeded.datasetId },
    );
    const classes = taxonomy.data?.dataset.patternClasses ?? [];
    const patchId = await claimAndSubmit(sessions.annotator.context, platform.webUrl, seeded.datasetId, {
      patternClassId: classes.find((c) => c.key === 'homogeneous')?.id ?? '',
      intensityLevelId: taxonomy.data?.dataset.intensityLevels[0]?.id ?? '',
      rect: RECT,
    });
    const submittedArea = (192 - 76) * (192 - 76);

    const { page } = sessions.curator;
    await page.goto(`${platform.webUrl}/review/${seeded.datasetId}`);
    await page.locator(`[data-testid=review-item][data-patch-id="${patchId}"]`).waitFor({ timeout: 30_000 });
    await page.locator('[data-testid=annotator-canvas]').waitFor();
    await page.locator('[data-testid=edit-approve-open]:not([disabled])').waitFor();

    // The review help documents the edit dialog's keys.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Review shortcuts' });
    await help
      .getByRole('region', { name: 'In Edit & approve (E)' })
      .getByText('Brush', { exact: true })
      .waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    await page.keyboard.press('e');
    const dialog = page.locator('[data-testid=edit-approve]');
    await dialog.waitFor();
    await dialog.locator('[data-testid=patch-canvas][data-scale]').waitFor();
    expect(await maskArea(page)).toBe(submittedArea);

    // Another start (the model's proposal), then back to the submission.
    await dialog.getByLabel('Model proposal').check();
    await expect.poll(() => maskArea(page)).not.toBe(submittedArea);
    await dialog.getByLabel('Annotator 1’s mask').check();
    await expect.poll(() => maskArea(page)).toBe(submittedArea);

    // Keys as in the editor: ] brush larger, brush a band below the rectangle, E eraser through it.
    for (let i = 0; i < 8; i++) await page.keyboard.press(']');
    await dialog.getByText('Size 30px').waitFor();
    await paint(page, [60, 300], [320, 300]);
    await expect.poll(() => maskArea(page)).toBeGreaterThan(submittedArea + 5000);
    const afterBrush = await maskArea(page);
    await page.keyboard.press('e');
    await paint(page, [60, 134], [220, 134]);
    await expect.poll(() => maskArea(page)).toBeLessThan(afterBrush - 2000);
    const afterErase = await maskArea(page);
    // Z undoes the erasure, Shift+Z brings it back.
    await page.keyboard.press('z');
    await expect.poll(() => maskArea(page)).toBe(afterBrush);
    await page.keyboard.press('Shift+Z');
    await expect.poll(() => maskArea(page)).toBe(afterErase);
    // Zoom in and back to fit, as in the editor.
    await page.keyboard.press('+');
    await dialog.locator('[data-testid=zoom-readout][data-fitted=false]').waitFor();
    await page.keyboard.press('0');
    await dialog.locator('[data-testid=zoom-readout][data-fitted=true]').waitFor();
    await page.waitForTimeout(300);
    copyFileSync(await screenshot(page, '30-review-edit-mask'), '/tmp/review-edit-mask.png');

    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByText('Nothing to review').waitFor({ timeout: 30_000 });

    // Through the API: the approved annotation is the curator's, with the repainted mask.
    const viewer = await browserUserGraphql<{ viewer: { id: string } }>(
      sessions.curator.context,
      platform.webUrl,
      '{ viewer { id } }',
    );
    const curatorId = viewer.data?.viewer.id;
    const found = await browserUserGraphql<{ patch: { status: string }; patchAnnotations: Annotation[] }>(
      sessions.curator.context,
      platform.webUrl,
      `query($p: ID!) { patch(id: $p) { status } patchAnnotations(patchId: $p) {
        id authorId status maskUrl maskArea reviewDice revisions { status editedById } } }`,
      { p: patchId },
    );
    expect(found.data?.patch.status).toBe('APPROVED');
    const annotations = found.data?.patchAnnotations ?? [];
    const approved = annotations.find((a) => a.status === 'APPROVED');
    const submission = annotations.find((a) => a.status === 'SUBMITTED');
    expect(approved?.authorId).toBe(curatorId);
    expect(approved?.revisions.map((r) => [r.status, r.editedById])).toEqual([['APPROVED', curatorId]]);
    expect(approved?.maskArea).toBe(afterErase);
    const [after, before] = [await maskAt(approved?.maskUrl), await maskAt(submission?.maskUrl)];
    const count = (
      mask: (x: number, y: number) => boolean,
      x0: number,
      x1: number,
      y0: number,
      y1: number,
    ) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) n += mask(x, y) ? 1 : 0;
      return n;
    };
    // Brushed band (rows 295-305): empty before, painted now.
    expect(count(before, 70, 310, 295, 305)).toBe(0);
    expect(count(after, 70, 310, 295, 305)).toBe(240 * 10);
    // Erased band inside the rectangle (rows 130-138): full before, empty now.
    expect(count(before, 90, 180, 130, 138)).toBe(90 * 8);
    expect(count(after, 90, 180, 130, 138)).toBe(0);
    // Away from both strokes the rectangle is as the annotator drew it.
    expect(count(after, 80, 190, 160, 190)).toBe(count(before, 80, 190, 160, 190));
    expect(count(after, 0, SIDE, 0, 60)).toBe(0);

    // How much the curator had to fix: Dice < 1 for the submission and for its annotator.
    expect(submission?.reviewDice).toBeGreaterThan(0);
    expect(submission?.reviewDice).toBeLessThan(1);
    const throughput = await browserUserGraphql<{
      annotatorThroughput: { userId: string; editedByCurator: number; meanReviewDice: number | null }[];
    }>(
      sessions.admin.context,
      platform.webUrl,
      'query($d: ID!) { annotatorThroughput(datasetId: $d) { userId editedByCurator meanReviewDice } }',
      { d: seeded.datasetId },
    );
    expect(throughput.errors).toBeUndefined();
    const row = throughput.data?.annotatorThroughput.find((r) => r.userId === submission?.authorId);
    expect(row?.editedByCurator).toBe(1);
    expect(row?.meanReviewDice).toBeCloseTo(submission?.reviewDice ?? -1, 10);

    // The specimen view names the approved labels as the curator's correction.
    const specimen = await browserUserGraphql<{ patch: { specimen: { id: string } } }>(
      sessions.curator.context,
      platform.webUrl,
      'query($id: ID!) { patch(id: $id) { specimen { id } } }',
      { id: patchId },
    );
    await page.goto(
      `${platform.webUrl}/review/${seeded.datasetId}/specimen/${specimen.data?.patch.specimen.id}?patch=${patchId}`,
    );
    const labels = page.locator('[data-testid=patch-labels]');
    // The label's own line ("Curator’s correction · <author>"), not the approved mask's caption that
    // appears beside it once the mask has loaded ("Approved mask: the curator’s correction").
    await labels.getByText(/^Curator’s correction ·/).waitFor({ timeout: 30_000 });
    await labels.locator('[data-testid=approved-mask]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    copyFileSync(
      await screenshot(page, '31-specimen-curator-correction'),
      '/tmp/specimen-curator-correction.png',
    );
  });
});
