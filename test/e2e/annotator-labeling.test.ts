/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CocoRle, decodeImage, decodeRle, encodeRle } from '@hep2/data';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    mountedAhead?: boolean | null;
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
  // While a submit is on its way the submitted patch stays mounted, hidden: paint on the one shown.
  const box = await p.locator('[data-testid=patch-canvas]:visible').boundingBox();
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

/**
 * Holds the browser's next submit + claim request until `release()`: the editor shows the prefetched
 * patch at once and the annotator paints on it before the claim answers, every time.
 */
async function holdNextClaim(p: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let arrived = () => {};
  const held = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const isGraphql = (url: URL) => url.pathname === '/graphql';
  const handler = async (route: Route) => {
    if (route.request().postData()?.includes('SubmitAndClaimNext')) {
      arrived();
      await released;
    }
    await route.continue();
  };
  await p.route(isGraphql, handler);
  return { held, release, dispose: () => p.unroute(isGraphql, handler) };
}

/**
 * Lets the browser's next submit + claim reach the API and be answered, but holds the answer back
 * from the page until `release()`: what the editor shows meanwhile is shown before the submit was
 * acknowledged.
 */
async function holdNextSubmitAnswer(p: Page, rewrite: (body: string) => string = (body) => body) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let answered = () => {};
  const held = new Promise<void>((resolve) => {
    answered = resolve;
  });
  const isGraphql = (url: URL) => url.pathname === '/graphql';
  const handler = async (route: Route) => {
    if (!route.request().postData()?.includes('SubmitAndClaimNext')) return route.continue();
    const response = await route.fetch({ postData: rewrite(route.request().postData() ?? '') });
    answered();
    await released;
    await route.fulfill({ response });
  };
  await p.route(isGraphql, handler);
  return { held, release, dispose: () => p.unroute(isGraphql, handler) };
}

/** The patch the annotator sees (editors kept mounted for a submit in flight or ahead are hidden). */
const visiblePatch = (p: Page) =>
  p.evaluate(() =>
    document.querySelector('[data-testid=editor]:not([hidden] *)')?.getAttribute('data-patch-id'),
  );

const localDraftOf = (p: Page, patchId: string) =>
  p.evaluate((id) => localStorage.getItem(`hep2:draft:${id}`), patchId);

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? null) : null;
}

/** A filled rectangle (fractions of the patch) as COCO RLE. */
function rectRle(side: number, [x0, y0, x1, y1]: [number, number, number, number]): CocoRle {
  const data = new Uint8Array(side * side);
  for (let y = Math.floor(y0 * side); y < Math.floor(y1 * side); y++)
    for (let x = Math.floor(x0 * side); x < Math.floor(x1 * side); x++) data[y * side + x] = 1;
  return encodeRle({ width: side, height: side, data });
}

/** Pixels set in either mask, as COCO RLE. */
function unionRle(a: CocoRle, b: CocoRle): CocoRle {
  const [ma, mb] = [decodeRle(a), decodeRle(b)];
  return encodeRle({ ...ma, data: ma.data.map((v, i) => (v || mb.data[i] ? 1 : 0)) });
}

/** How many pixels set in `of` are not set in `mask`. */
function missingPixels(mask: CocoRle, of: CocoRle): number {
  const [m, o] = [decodeRle(mask), decodeRle(of)];
  return o.data.reduce((n, v, i) => n + (v && !m.data[i] ? 1 : 0), 0);
}

/**
 * A submitted mask's PNG from its URL: a presigned one, or a data: URL while the mask is still in the
 * API's PendingObject outbox (it reaches the object store ~50 ms after its commit).
 */
async function fetchStoredMask(maskUrl: string | null | undefined): Promise<Uint8Array> {
  const response = await fetch(maskUrl ?? '');
  if (!response.ok) throw new Error(`mask request failed (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

async function storedMask(maskUrl: string | null | undefined): Promise<CocoRle> {
  const image = await decodeImage(await fetchStoredMask(maskUrl));
  return encodeRle({
    width: image.width,
    height: image.height,
    data: Uint8Array.from(image.data, (v) => (v ? 1 : 0)),
  });
}

const CLAIM = 'mutation($d: ID!) { claimNext(datasetId: $d) { lease { id } patch { id } } }';
const RELEASE = 'mutation($l: ID!) { releaseLease(leaseId: $l) { id } }';
type Claim = { claimNext: { lease: { id: string }; patch: { id: string } } };

const waitSaved = (p: Page) =>
  p.waitForFunction(
    () => document.querySelector('[data-testid=save-status]')?.textContent === 'Draft saved',
    undefined,
    { timeout: 15_000 },
  );

const cspViolations: string[] = [];

beforeAll(async () => {
  platform = await startPlatform();
  seeded = await seedLabelingDataset(platform.db, platform.infra.s3);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  // The content policy must let the editor do all it does (inline masks are fetched as data: URLs).
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
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
    const image = await decodeImage(await fetchStoredMask(annotation?.maskUrl));
    const expected = decodeRle(painted.rle, 1);
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
    // Today's pace counts the submissions made above.
    const submittedToday = page.getByTestId('my-submitted');
    await submittedToday.waitFor();
    expect(Number(await submittedToday.textContent())).toBeGreaterThanOrEqual(1);
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

  it('a save that fails offline goes again by itself when the connection is back', async () => {
    await waitLeased(page);
    await context.setOffline(true);
    await stroke(page, [0.2, 0.6], [0.8, 0.6]);
    const banner = page.getByTestId('save-error-banner');
    await banner.waitFor({ timeout: 15_000 });
    await banner.getByTestId('save-retry').getByText('trying again', { exact: false }).waitFor();
    const offline = await editorProbe(page);
    const backOnline = Date.now();
    await context.setOffline(false);
    // no click: the browser's online event sends it
    await waitSaved(page);
    expect(await banner.count()).toBe(0);
    const stored = await platform.db.annotation.findFirstOrThrow({
      where: { patchId: offline.patchId, status: 'DRAFT' },
      select: { updatedAt: true },
    });
    expect(stored.updatedAt.getTime()).toBeGreaterThanOrEqual(backOnline - 1000);
  });

  it('a refused submit brings the patch back with its strokes and says why', async () => {
    await waitLeased(page);
    await page.waitForTimeout(1_500); // the next patch is fetched, decoded and mounted meanwhile
    await stroke(page, [0.1, 0.9], [0.9, 0.9]);
    const before = await editorProbe(page);
    // The lease ends behind the editor's back (as if it expired): the submit must fail, not lose work.
    await platform.db.workLease.update({
      where: { id: before.leaseId },
      data: { endedAt: new Date(), endReason: 'EXPIRED' },
    });
    const answer = await holdNextSubmitAnswer(page);
    await labelAndSubmit(page);
    await answer.held; // refused (LEASE_LOST) by the API; the page does not know yet
    // The switch did not wait for the answer: the next patch is on screen, the work is in this browser.
    await waitPatchChange(page, before.patchId);
    expect(await visiblePatch(page)).not.toBe(before.patchId);
    expect(await localDraftOf(page, before.patchId)).toContain('"counts"');
    answer.release();
    await page.getByTestId('lease-banner').waitFor({ timeout: 15_000 });
    await answer.dispose();
    expect(await visiblePatch(page)).toBe(before.patchId);
    expect(await localDraftOf(page, before.patchId)).toContain('"counts"');
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

  it('shows the next patch before the submit is answered; the work stays in this browser until it is', async () => {
    await page.waitForTimeout(1_500); // the next patch is fetched, decoded and mounted meanwhile
    await stroke(page, [0.2, 0.2], [0.8, 0.25]);
    const from = await editorProbe(page);
    const answer = await holdNextSubmitAnswer(page);
    await labelAndSubmit(page);
    await answer.held; // the API has the submit; its answer has not reached the page
    await waitPatchChange(page, from.patchId);
    const shown = await editorProbe(page);
    expect(shown.patchId).not.toBe(from.patchId);
    expect(shown.leaseId).toBe(''); // not confirmed yet: shown from the prefetch
    expect(await page.locator('[data-testid=patch-canvas]:visible').count()).toBe(1);
    const submitted = await platform.db.annotation.findFirst({
      where: { patchId: from.patchId, status: 'SUBMITTED' },
      select: { id: true },
    });
    expect(submitted).not.toBeNull();
    // Until the answer arrives, the submitted work is still kept in this browser.
    expect(await localDraftOf(page, from.patchId)).toContain('"counts"');
    answer.release();
    await waitLeased(page);
    await answer.dispose();
    expect((await editorProbe(page)).patchId).toBe(shown.patchId);
    await expect.poll(() => localDraftOf(page, from.patchId)).toBeNull();
  });

  it('switches to prefetched patches until the queue is empty', async () => {
    // An annotator spends seconds on a patch; the next one is fetched and decoded meanwhile.
    await page.waitForTimeout(1_500);
    const from = await editorProbe(page);
    await labelAndSubmit(page);
    await waitPatchChange(page, from.patchId);
    await waitLeased(page);
    expect((await editorProbe(page)).patchId).not.toBe(from.patchId);
    await page.waitForTimeout(300);
    await screenshot(page, '09-editor-after-prefetched-switch');
    await labelAndSubmit(page);
    await page.getByText('Nothing left to label in this dataset').waitFor({ timeout: 20_000 });
    await screenshot(page, '10-queue-empty');
  });

  it('meets no content-security-policy refusal on the way', () => {
    expect(cspViolations.map((v) => v.slice(0, 200))).toEqual([]);
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
      switchMedianMs: median(switches.filter((d) => !d.failed).map((d) => d.totalMs)),
      switchP95Ms: quantile(
        switches.filter((d) => !d.failed).map((d) => d.totalMs),
        0.95,
      ),
      switchBreakdown: switches,
      signInToEditableMs: firstSessionPerf?.signInToEditable ?? null,
    };
    writeFileSync(join(artifactsDir, 'perf.json'), JSON.stringify(report, null, 2));
    console.log('browser timings', report);
    expect(brush.length).toBeGreaterThan(0);
  });
});

describe('the claim answers after the annotator started on the prefetched patch', () => {
  const gql = <T>(query: string, variables: Record<string, unknown> = {}, as: BrowserContext = context) =>
    browserUserGraphql<T>(as, platform.webUrl, query, variables);

  it('starts from the draft that came with the claim and keeps the strokes and labels made before it answered', async () => {
    const { datasetId, patchIds } = await seedLabelingDataset(platform.db, platform.infra.s3);
    const [first, second] = patchIds as [string, string];
    const taxonomy = await platform.db.dataset.findUniqueOrThrow({
      where: { id: datasetId },
      select: {
        patternClasses: { select: { id: true, key: true, name: true }, orderBy: { position: 'asc' } },
        intensityLevels: { select: { id: true, key: true } },
      },
    });
    const [homogeneous, secondClass] = taxonomy.patternClasses;
    const positive = taxonomy.intensityLevels.find((l) => l.key === 'positive');

    // An earlier session: the annotator saved a draft of the second patch (its left part painted,
    // labels homogeneous / positive) and gave the patch back.
    const a = await gql<Claim>(CLAIM, { d: datasetId });
    expect(a.data?.claimNext.patch.id).toBe(first);
    await gql(RELEASE, { l: a.data?.claimNext.lease.id });
    const b = await gql<Claim>(CLAIM, { d: datasetId });
    expect(b.data?.claimNext.patch.id).toBe(second);
    const draftRle = rectRle(384, [0.05, 0.05, 0.3, 0.95]);
    const saved = await gql('mutation($i: AnnotationInput!) { saveDraft(input: $i) { version } }', {
      i: {
        patchId: second,
        leaseId: b.data?.claimNext.lease.id,
        version: null,
        patternClassId: homogeneous?.id,
        intensityLevelId: positive?.id,
        mask: draftRle,
      },
    });
    expect(saved.errors).toBeUndefined();
    await gql(RELEASE, { l: b.data?.claimNext.lease.id });
    // The queue's cooldown on patches served in the last 30 s is over.
    await platform.db.patch.updateMany({ where: { datasetId }, data: { lastServedAt: null } });

    await page.goto(`${platform.webUrl}/annotate/${datasetId}`);
    await waitLeased(page);
    expect((await editorProbe(page)).patchId).toBe(first);
    await page.waitForTimeout(1_500); // the next patches are fetched and decoded meanwhile

    const claim = await holdNextClaim(page);
    await labelAndSubmit(page);
    await claim.held;
    await waitPatchChange(page, first);
    const shown = await editorProbe(page);
    expect(shown.patchId).toBe(second);
    expect(shown.leaseId).toBe(''); // shown from the prefetch: the claim has not answered yet
    await stroke(page, [0.6, 0.3], [0.9, 0.3]);
    await page.keyboard.press('2');
    const painted = await editorProbe(page);
    expect(painted.area).toBeGreaterThan(200);

    claim.release();
    await waitLeased(page);
    await claim.dispose();
    // Neither the draft's pixels nor the strokes painted before the claim answered are missing.
    const missing = async () => {
      const now = (await editorProbe(page)).rle;
      return { draft: missingPixels(now, draftRle), strokes: missingPixels(now, painted.rle) };
    };
    await expect.poll(missing, { timeout: 5_000 }).toEqual({ draft: 0, strokes: 0 });
    const merged = await editorProbe(page);
    expect(merged.patchId).toBe(second);
    expect(merged.rle).toEqual(unionRle(draftRle, painted.rle));
    await page.getByText('Your saved draft of this patch arrived after you started').waitFor();
    await screenshot(page, '11-editor-draft-arrived-under-strokes');
    const pressed = (name: string) => page.getByRole('button', { name }).getAttribute('aria-pressed');
    await expect.poll(() => pressed(secondClass?.name ?? '')).toBe('true'); // chosen before the answer
    await expect.poll(() => pressed('Positive')).toBe('true'); // the draft's, not chosen since

    // Undo steps back through the strokes to the draft, redo brings them back.
    await page.keyboard.press('z');
    await expect.poll(async () => (await editorProbe(page)).rle).toEqual(draftRle);
    await page.keyboard.press('Shift+Z');
    await expect.poll(async () => (await editorProbe(page)).rle).toEqual(merged.rle);
    await waitSaved(page); // saved over the draft's version: no conflict

    await page.keyboard.press('Enter');
    await waitPatchChange(page, second);
    await waitLeased(page);
    const stored = await gql<{
      myAnnotations: {
        edges: {
          node: {
            patchId: string;
            maskUrl: string | null;
            patternClass: { key: string } | null;
            intensityLevel: { key: string } | null;
          };
        }[];
      };
    }>(
      '{ myAnnotations(first: 20, status: SUBMITTED) { edges { node { patchId maskUrl patternClass { key } intensityLevel { key } } } } }',
    );
    const submitted = stored.data?.myAnnotations.edges.find((e) => e.node.patchId === second)?.node;
    expect(submitted?.patternClass?.key).toBe(secondClass?.key);
    expect(submitted?.intensityLevel?.key).toBe('positive');
    expect(await storedMask(submitted?.maskUrl)).toEqual(merged.rle);
  });

  it('says where the strokes went when the claim serves another patch than the one shown, and restores them', async () => {
    const { datasetId, patchIds } = await seedLabelingDataset(platform.db, platform.infra.s3);
    const [first, second, third] = patchIds as [string, string, string];
    await page.goto(`${platform.webUrl}/annotate/${datasetId}`);
    await waitLeased(page);
    expect((await editorProbe(page)).patchId).toBe(first);
    await page.waitForTimeout(1_500); // the next patches are fetched and decoded meanwhile

    // Meanwhile another annotator claims the patch this editor expects next.
    const otherContext = await browser.newContext();
    await signIn(
      await otherContext.newPage(),
      platform.webUrl,
      'annotator2@demo.local',
      'demo-annotator-pass',
    );
    // signing in hashes a password: seconds on a loaded machine
    await expect
      .poll(async () => (await otherContext.cookies()).length, { timeout: 30_000 })
      .toBeGreaterThan(0);
    const taken = await gql<Claim>(CLAIM, { d: datasetId }, otherContext);
    expect(taken.data?.claimNext.patch.id).toBe(second);

    const claim = await holdNextClaim(page);
    await labelAndSubmit(page);
    await claim.held;
    await waitPatchChange(page, first);
    expect(await editorProbe(page)).toMatchObject({ patchId: second, leaseId: '' });
    await stroke(page, [0.2, 0.6], [0.8, 0.6]);
    const painted = await editorProbe(page);
    claim.release();
    await waitPatchChange(page, second);
    await waitLeased(page);
    await claim.dispose();
    expect((await editorProbe(page)).patchId).toBe(third);
    await page.getByText('The patch shown was taken by someone else meanwhile').waitFor();
    await page.getByText('What you did on it is kept in this browser').waitFor();
    await screenshot(page, '12-editor-claim-served-another-patch');

    // The other annotator gives it back: served to this annotator again, the strokes come back.
    await gql(RELEASE, { l: taken.data?.claimNext.lease.id }, otherContext);
    await otherContext.close();
    await platform.db.patch.updateMany({ where: { datasetId }, data: { lastServedAt: null } });
    await labelAndSubmit(page);
    await page.waitForFunction(
      (id) => {
        const e = (window as unknown as { hep2Editor?: { patchId: string; leaseId: string } }).hep2Editor;
        return e?.patchId === id && !!e.leaseId;
      },
      second,
      { timeout: 20_000 },
    );
    await page.getByText('Restored your unsaved work from this browser.').waitFor();
    expect((await editorProbe(page)).rle).toEqual(painted.rle);
  });

  it('a submit refused as invalid brings the patch back with its work and the reason', async () => {
    const { datasetId, patchIds } = await seedLabelingDataset(platform.db, platform.infra.s3);
    await page.goto(`${platform.webUrl}/annotate/${datasetId}`);
    await waitLeased(page);
    await page.waitForTimeout(1_500); // the next patch is fetched, decoded and mounted meanwhile
    await stroke(page, [0.3, 0.4], [0.7, 0.4]);
    const before = await editorProbe(page);
    expect(before.patchId).toBe(patchIds[0]);
    // The pattern sent is not one of the dataset's (as after a taxonomy change): VALIDATION_FAILED.
    const answer = await holdNextSubmitAnswer(page, (body) => {
      const request = JSON.parse(body) as { variables: { input: Record<string, unknown> } };
      request.variables.input.patternClassId = randomUUID();
      return JSON.stringify(request);
    });
    await labelAndSubmit(page);
    await answer.held;
    await waitPatchChange(page, before.patchId); // switched before the refusal arrived
    answer.release();
    const notice = page.getByRole('alert').filter({ hasText: 'Not submitted:' });
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain('is not a pattern of this dataset');
    await answer.dispose();
    const after = await editorProbe(page);
    expect(after).toMatchObject({ patchId: before.patchId, leaseId: before.leaseId, rle: before.rle });
    expect(await localDraftOf(page, before.patchId)).toContain('"counts"');
    expect(
      await platform.db.annotation.count({ where: { patchId: before.patchId, status: 'SUBMITTED' } }),
    ).toBe(0);
  });

  it('a tab closed on a patch gives it back within half a minute, not after the whole lease', async () => {
    const { datasetId } = await seedLabelingDataset(platform.db, platform.infra.s3);
    const other = await context.newPage();
    await other.goto(`${platform.webUrl}/annotate/${datasetId}`);
    await waitLeased(other);
    const { leaseId } = await editorProbe(other);
    const expiry = async () =>
      (await platform.db.workLease.findUniqueOrThrow({ where: { id: leaseId }, select: { expiresAt: true } }))
        .expiresAt;
    // a fresh lease runs for LEASE_SECONDS (10 min)
    expect((await expiry()).getTime() - Date.now()).toBeGreaterThan(60_000);
    await stroke(other, [0.3, 0.3], [0.7, 0.7]);
    await other.close({ runBeforeUnload: true });
    await expect
      .poll(async () => (await expiry()).getTime() - Date.now(), { timeout: 15_000 })
      .toBeLessThan(31_000);
  });
});

describe('patch switch timings (printed, not asserted)', () => {
  it('submits patch after patch as an annotator would and prints the median and p95 switch', async () => {
    const records: PerfProbe['switchDetails'] = [];
    for (let round = 0; round < 4; round++) {
      const { datasetId, patchIds } = await seedLabelingDataset(platform.db, platform.infra.s3);
      await page.goto(`${platform.webUrl}/annotate/${datasetId}`);
      for (let i = 0; i < patchIds.length - 1; i++) {
        await waitLeased(page);
        await page.waitForTimeout(1_500); // a person looks at the patch; the next one is mounted meanwhile
        const from = await editorProbe(page);
        await labelAndSubmit(page);
        await waitPatchChange(page, from.patchId);
      }
      await waitLeased(page);
      records.push(...((await readPerf(page))?.switchDetails ?? []));
    }
    const ok = records.filter((r) => !r.failed);
    const shown = ok.map((r) => r.totalMs);
    const answered = ok.flatMap((r) => (r.phases.claimed === undefined ? [] : [r.phases.claimed]));
    const report = {
      note: "Enter to the first frame with the next patch on screen; target < 150 ms median. The answer to submit + claim is the same run's baseline.",
      switches: ok.length,
      prefetchHits: ok.filter((r) => r.prefetched).length,
      // revealed an editor mounted ahead (the rest built theirs on Enter)
      mountedAhead: ok.filter((r) => r.mountedAhead).length,
      switchMedianMs: median(shown),
      switchP95Ms: quantile(shown, 0.95),
      answeredMedianMs: median(answered),
      answeredP95Ms: quantile(answered, 0.95),
    };
    writeFileSync(join(artifactsDir, 'switch-timings.json'), JSON.stringify({ ...report, records }, null, 2));
    console.log('patch switch timings', report);
    // each switch: on screen, React commit ("mounted"), next frame began, mounted ahead or built on Enter
    console.log(
      'switches (ms on screen / committed / frame began, a = mounted ahead)',
      ok
        .map(
          (r) =>
            `${Math.round(r.totalMs)}/${Math.round(r.phases.mounted ?? -1)}/${Math.round(r.phases.frame ?? -1)}${r.mountedAhead ? 'a' : ''}`,
        )
        .join(' '),
    );
    expect(ok.length).toBeGreaterThan(0);
  });
});
