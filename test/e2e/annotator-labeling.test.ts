/// <reference lib="dom" />
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeImage } from '@hep2/data';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRle } from '../../apps/web/src/features/editor/mask/rle';
import { artifactsDir, launchChromium, screenshot, signIn } from './support/browser';
import { browserUserGraphql } from './support/graphql-client';
import { type Platform, startPlatform } from './support/platform';
import { type SeededLabelingDataset, seedLabelingDataset } from './support/seed-dataset';

interface EditorProbe {
  patchId: string;
  leaseId: string;
  maskRle(): { size: [number, number]; counts: number[] };
  maskArea(): number;
}
interface PerfProbe {
  brush: number[];
  switches: number[];
  switchDetails: {
    via: string;
    prefetched: boolean | null;
    phases: Record<string, number>;
    totalMs: number;
    failed?: boolean;
  }[];
  signInToEditable: number | null;
}

let platform: Platform;
let seeded: SeededLabelingDataset;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let firstSessionPerf: PerfProbe | null = null;
const readPerf = (p: Page) =>
  p.evaluate(() => (window as unknown as { hep2Perf?: PerfProbe }).hep2Perf ?? null);

const editorProbe = (p: Page) =>
  p.evaluate(() => {
    const e = (window as unknown as { hep2Editor: EditorProbe }).hep2Editor;
    return { patchId: e.patchId, leaseId: e.leaseId, rle: e.maskRle(), area: e.maskArea() };
  });

async function stroke(p: Page, from: [number, number], to: [number, number]) {
  const box = await p.locator('[data-testid=patch-canvas]').boundingBox();
  if (!box) throw new Error('no canvas');
  const at = (f: [number, number]) => [box.x + box.width * f[0], box.y + box.height * f[1]] as const;
  await p.mouse.move(...at(from));
  await p.mouse.down();
  await p.mouse.move(...at(to), { steps: 25 });
  await p.mouse.up();
}

/** The patch on screen holds its lease (a patch shown from the prefetch has none until the claim answers). */
const waitLeased = (p: Page) =>
  p.waitForFunction(
    () => !!(window as unknown as { hep2Editor?: { leaseId: string } }).hep2Editor?.leaseId,
    undefined,
    {
      timeout: 20_000,
    },
  );

const waitPatchChange = (p: Page, from: string) =>
  p.waitForFunction(
    (id) =>
      document.querySelector('[data-testid=editor]:not([hidden] *)')?.getAttribute('data-patch-id') !== id,
    from,
    { timeout: 20_000 },
  );

async function labelAndSubmit(p: Page) {
  await p.keyboard.press('4');
  await p.keyboard.press('q');
  await p.keyboard.press('Enter');
}

const waitSaved = (p: Page) =>
  p.waitForFunction(
    () => document.querySelector('[data-testid=save-status]')?.textContent === 'Draft saved',
    undefined,
    { timeout: 15_000 },
  );

beforeAll(async () => {
  platform = await startPlatform();
  seeded = await seedLabelingDataset(platform.db, platform.infra.s3);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
}, 400_000);

afterAll(async () => {
  await browser?.close().catch(() => {});
  await platform?.stop();
});

describe('annotator workspace in Chromium', () => {
  it('signs in, claims, paints, labels by keyboard, submits; the stored mask matches the strokes', async () => {
    await signIn(page, platform.webUrl, 'annotator@demo.local', 'demo-annotator-pass');
    await page.waitForURL(/\/annotate$/);
    await page.getByText('E2E HEp-2 (synthetic)').waitFor();
    await screenshot(page, '01-annotator-home');

    await page.click('[data-testid=start-labeling]');
    await page.waitForSelector('[data-testid=editor]');
    await page.getByText('Starting from the model’s proposed mask.').waitFor();
    const first = await editorProbe(page);
    expect(first.patchId).toBe(seeded.patchIds[0]);
    expect(first.area).toBeGreaterThan(0); // the proposal is the starting mask
    await page.waitForTimeout(300);
    await screenshot(page, '02-editor-proposal');

    // The model's per-pixel uncertainty (binary entropy of the stored probabilities), toggled with U.
    await page.keyboard.press('u');
    await page.getByTestId('uncertainty-tag').waitFor();
    expect(await page.getByTestId('toggle-uncertainty').getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, '02b-editor-uncertainty');
    await page.keyboard.press('u');
    await page.getByTestId('uncertainty-tag').waitFor({ state: 'detached' });

    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await screenshot(page, '03-shortcuts-help');
    await page.keyboard.press('Escape');

    await page.keyboard.press('c');
    await page.keyboard.press('b');
    for (let i = 0; i < 4; i++) await page.keyboard.press(']');
    await stroke(page, [0.3, 0.3], [0.7, 0.35]);
    await stroke(page, [0.35, 0.6], [0.65, 0.7]);
    await page.keyboard.press('e');
    await stroke(page, [0.5, 0.2], [0.5, 0.8]);
    await page.keyboard.press('4');
    await page.keyboard.press('q');
    await expect
      .poll(() => page.getByRole('button', { name: /Centromere \(AC-3\)/ }).getAttribute('aria-pressed'))
      .toBe('true');
    await expect
      .poll(() => page.getByRole('button', { name: /Intermediate/ }).getAttribute('aria-pressed'))
      .toBe('true');
    await waitSaved(page);
    const painted = await editorProbe(page);
    expect(painted.area).toBeGreaterThan(500);
    await screenshot(page, '04-editor-painted');

    await page.keyboard.press('Enter');
    await waitPatchChange(page, painted.patchId);
    await waitLeased(page);
    const second = await editorProbe(page);
    expect(second.patchId).toBe(seeded.patchIds[1]);
    await page.waitForTimeout(200);
    await screenshot(page, '05-editor-next-patch');
    firstSessionPerf = await readPerf(page);

    const stored = await browserUserGraphql<{
      myAnnotations: {
        edges: {
          node: {
            patchId: string;
            status: string;
            maskUrl: string | null;
            patternClass: { key: string } | null;
            intensityLevel: { key: string } | null;
          };
        }[];
      };
    }>(
      context,
      platform.webUrl,
      '{ myAnnotations(first: 10, status: SUBMITTED) { edges { node { patchId status maskUrl patternClass { key } intensityLevel { key } } } } }',
    );
    const annotation = stored.data?.myAnnotations.edges.find((e) => e.node.patchId === painted.patchId)?.node;
    expect(annotation?.patternClass?.key).toBe('centromere');
    expect(annotation?.intensityLevel?.key).toBe('intermediate');
    const png = await fetch(annotation?.maskUrl ?? '');
    const image = await decodeImage(new Uint8Array(await png.arrayBuffer()));
    const expected = decodeRle(painted.rle);
    expect([image.width, image.height]).toEqual([expected.width, expected.height]);
    let mismatches = 0;
    for (let i = 0; i < expected.data.length; i++)
      if ((image.data[i] ? 1 : 0) !== expected.data[i]) mismatches++;
    expect(mismatches).toBe(0);

    // A reload resumes the same lease and patch; the submitted work is in the history.
    await page.reload();
    await page.waitForSelector('[data-testid=editor]');
    expect((await editorProbe(page)).patchId).toBe(second.patchId);
    await page.goto(`${platform.webUrl}/history`);
    await page.getByTestId('history-table').getByText('Centromere (AC-3)').waitFor();
    await screenshot(page, '06-history');
  });

  it('shows a clear message on a stale save and keeps the strokes', async () => {
    await page.goto(`${platform.webUrl}/annotate/${seeded.datasetId}`);
    await page.waitForSelector('[data-testid=editor]');
    await stroke(page, [0.2, 0.5], [0.8, 0.5]);
    await waitSaved(page);
    const before = await editorProbe(page);

    // Someone (another tab) saves over the draft: the version moves on.
    const claim = await browserUserGraphql<{
      claimNext: { lease: { id: string }; draft: { version: number } | null };
    }>(
      context,
      platform.webUrl,
      'mutation($d: ID!) { claimNext(datasetId: $d) { lease { id } draft { version } } }',
      { d: seeded.datasetId },
    );
    const version = claim.data?.claimNext.draft?.version;
    expect(version).toBeTypeOf('number');
    const other = await browserUserGraphql(
      context,
      platform.webUrl,
      'mutation($i: AnnotationInput!) { saveDraft(input: $i) { version } }',
      {
        i: { patchId: before.patchId, leaseId: claim.data?.claimNext.lease.id, version },
      },
    );
    expect(other.errors).toBeUndefined();

    await stroke(page, [0.5, 0.2], [0.5, 0.8]);
    await page.getByTestId('stale-banner').waitFor({ timeout: 15_000 });
    const after = await editorProbe(page);
    expect(after.area).toBeGreaterThan(before.area);
    const local = await page.evaluate((id) => localStorage.getItem(`hep2:draft:${id}`), before.patchId);
    expect(local).toContain('"counts"');
    await screenshot(page, '07-editor-stale-conflict');

    await page.getByRole('button', { name: 'Keep my version (save over it)' }).click();
    await waitSaved(page);
    expect((await editorProbe(page)).area).toBe(after.area);
  });

  it('a failed submit brings the patch back with its strokes and says why', async () => {
    await waitLeased(page);
    await stroke(page, [0.1, 0.9], [0.9, 0.9]);
    const before = await editorProbe(page);
    // The lease ends behind the editor's back (as if it expired): the submit must fail, not lose work.
    await platform.db.workLease.update({
      where: { id: before.leaseId },
      data: { endedAt: new Date(), endReason: 'EXPIRED' },
    });
    await labelAndSubmit(page);
    await page.getByTestId('lease-banner').waitFor({ timeout: 15_000 });
    await page.getByText('Not submitted:').waitFor();
    const after = await editorProbe(page);
    expect(after.patchId).toBe(before.patchId);
    expect(after.rle).toEqual(before.rle);
    await screenshot(page, '08-editor-submit-failed');

    // Claiming again serves the same patch, with the strokes restored from this browser.
    await page.getByRole('button', { name: 'Claim again' }).click();
    await page.waitForFunction(
      (old) => {
        const e = (window as unknown as { hep2Editor?: { leaseId: string } }).hep2Editor;
        return !!e?.leaseId && e.leaseId !== old;
      },
      before.leaseId,
      { timeout: 20_000 },
    );
    const reclaimed = await editorProbe(page);
    expect(reclaimed.patchId).toBe(before.patchId);
    expect(reclaimed.rle).toEqual(before.rle);
  });

  it('switches to prefetched patches until the queue is empty', async () => {
    for (let i = 0; i < 2; i++) {
      // An annotator spends seconds on a patch; the next one is fetched and decoded meanwhile.
      await page.waitForTimeout(1_500);
      const from = await editorProbe(page);
      await labelAndSubmit(page);
      await waitPatchChange(page, from.patchId);
      await waitLeased(page);
      expect((await editorProbe(page)).patchId).not.toBe(from.patchId);
    }
    await page.waitForTimeout(300);
    await screenshot(page, '09-editor-after-prefetched-switch');
    await labelAndSubmit(page);
    await page.getByText('Nothing left to label in this dataset').waitFor({ timeout: 20_000 });
    await screenshot(page, '10-queue-empty');
  });

  it('reports browser timings (not asserted)', async () => {
    const perf = await readPerf(page);
    const brush = [...(firstSessionPerf?.brush ?? []), ...(perf?.brush ?? [])].sort((a, b) => a - b);
    const q = (f: number) => brush[Math.min(brush.length - 1, Math.floor(brush.length * f))] ?? null;
    const switches = [...(firstSessionPerf?.switchDetails ?? []), ...(perf?.switchDetails ?? [])];
    const report = {
      note: 'brush: ms per pointer event (paint + overlay redraw) on a 384x384 patch; targets: switch < 150 ms, brush < 16 ms',
      brushEvents: brush.length,
      brushMsP50: q(0.5),
      brushMsP95: q(0.95),
      brushMsMax: brush.at(-1) ?? null,
      // key press to the first frame of the next patch (paintable from then on); failed submits left out
      switchWithPrefetchMs: switches.filter((d) => d.prefetched && !d.failed).map((d) => d.totalMs),
      switchWithoutPrefetchMs: switches.filter((d) => d.prefetched === false).map((d) => d.totalMs),
      // key press to the server's answer to submit + claim (one request): autosave resumes from here
      leaseConfirmedMs: switches.filter((d) => !d.failed).map((d) => d.phases.claimed ?? null),
      // ms since the key press at which each phase ended: submitted, claimed, loaded, mounted, painted
      switchBreakdown: switches,
      signInToEditableMs: firstSessionPerf?.signInToEditable ?? null,
    };
    writeFileSync(join(artifactsDir, 'perf.json'), JSON.stringify(report, null, 2));
    console.log('browser timings', report);
    expect(brush.length).toBeGreaterThan(0);
  });
});
