/// <reference lib="dom" />
/**
 * The whole journey of a new lab, in Chromium, on a platform started as `npm start` starts it
 * (a migrated database with the demo users, S3, API, trainer, web app; support/platform.ts):
 * import -> two annotators label -> curator approves / rejects one -> it is fixed -> training run
 * watched live -> promotion -> scoring -> the queues serve the most uncertain patches with the
 * model's proposal -> COCO and seed-CSV exports, each one .zip made in the background and downloaded
 * through the UI, hold exactly the approved labels. Screenshots: artifacts/e2e/journey/. Each step prints its time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeRle, writeDatasetFolder } from '@hep2/data';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { JOURNEY_TRAINER_ENV } from '../../scripts/lib/api-journey';
import { launchChromium, signIn } from './support/browser';
import { exportThroughPage } from './support/export-steps';
import { browserUserGraphql } from './support/graphql-client';
import {
  type EditorState,
  editorState,
  journeyShot,
  parseCsv,
  resetJourneyShots,
  SHOWN_EDITOR,
  StepClock,
  stem,
  stroke,
  waitDraftSaved,
  waitPatchChange,
} from './support/journey-steps';
import { type Platform, startPlatform } from './support/platform';

const USERS = {
  admin: ['admin@demo.local', 'demo-admin-pass'],
  curator: ['curator@demo.local', 'demo-curator-pass'],
  annotatorA: ['annotator@demo.local', 'demo-annotator-pass'],
  annotatorB: ['annotator2@demo.local', 'demo-annotator-pass'],
} as const;
type Role = keyof typeof USERS;
const PATCH = 128;

interface Taxonomy {
  patterns: { id: string; key: string; name: string }[];
  intensities: { id: string; key: string }[];
}
interface Labelled {
  patchId: string;
  name: string;
  pattern: string;
  intensity: string;
  rle: EditorState['rle'];
}

let platform: Platform;
let browser: Browser;
let folder = '';
const roles = {} as Record<Role, { context: BrowserContext; page: Page }>;
const clock = new StepClock();

beforeAll(async () => {
  clock.begin('start the platform (npm start defaults) and Chromium');
  resetJourneyShots();
  folder = await mkdtemp(join(tmpdir(), 'hep2-journey-e2e-'));
  // 4 specimens of 256 px (3 patterns) -> 16 patches of 128 px.
  const written = writeJourneyFolder(folder);
  platform = await startPlatform({
    trainer: true,
    env: { ...JOURNEY_TRAINER_ENV, TRAINER_BACKENDS: 'wasm' },
  });
  await written;
  browser = await launchChromium();
  for (const role of Object.keys(USERS) as Role[]) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 860 },
      acceptDownloads: true,
    });
    roles[role] = { context, page: await context.newPage() };
  }
  clock.end();
}, 400_000);

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  for (const [role, { page }] of Object.entries(roles))
    await journeyShot(page, `failed-${role}`).catch(() => {});
  console.error(platform?.output().slice(-6000));
});

afterAll(async () => {
  clock.end();
  console.log(`[journey] total ${clock.total()} s`, clock.timings);
  await browser?.close().catch(() => {});
  await platform?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

function writeJourneyFolder(dir: string) {
  return writeDatasetFolder(
    dir,
    {
      seed: 'journey-e2e',
      specimens: 4,
      width: 256,
      height: 256,
      patterns: ['homogeneous', 'speckled', 'centromere'],
      idPrefix: 'lab',
    },
    { layout: 'seed-csv' },
  );
}

async function settle(page: Page, ms = 300) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(ms);
}

async function gql<T>(role: Role, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await browserUserGraphql<T>(roles[role].context, platform.webUrl, query, variables);
  if (!result.data) throw new Error(`${role}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The name a patch has in exports (specimen external id + position). */
async function patchInfo(patchId: string) {
  const { patch } = await gql<{
    patch: { x: number; y: number; specimen: { externalId: string; patternClass: { key: string } | null } };
  }>('admin', 'query($id:ID!){patch(id:$id){x y specimen{externalId patternClass{key}}}}', { id: patchId });
  return {
    name: `${patch.specimen.externalId.replace(/[^A-Za-z0-9._-]+/g, '_')}_x${patch.x}_y${patch.y}`,
    truth: patch.specimen.patternClass?.key ?? 'homogeneous',
  };
}

/**
 * Labels the patch the editor shows: clears the start mask, paints two strokes, picks the pattern
 * with its number key and the intensity with Q/W, waits for the draft save, submits with Enter.
 */
async function labelCurrentPatch(
  page: Page,
  taxonomy: Taxonomy,
  choose: (truth: string) => string,
  intensity: 'q' | 'w',
  shot?: string,
): Promise<Labelled> {
  await page.waitForSelector(SHOWN_EDITOR);
  const { patchId } = await editorState(page);
  const info = await patchInfo(patchId);
  const pattern = choose(info.truth);
  const index = taxonomy.patterns.findIndex((p) => p.key === pattern);
  await page.keyboard.press('c');
  await page.keyboard.press('b');
  await stroke(page, [0.25, 0.3], [0.75, 0.35]);
  await stroke(page, [0.3, 0.6], [0.7, 0.65]);
  await page.keyboard.press(String(index + 1));
  // From no intensity, Q picks the weakest level and W the strongest.
  await page.keyboard.press(intensity);
  const patternName = taxonomy.patterns[index]?.name ?? pattern;
  await expect
    .poll(() => page.getByRole('button', { name: patternName }).first().getAttribute('aria-pressed'))
    .toBe('true');
  await waitDraftSaved(page);
  const state = await editorState(page);
  expect(state.patchId).toBe(patchId);
  expect(state.area).toBeGreaterThan(100);
  if (shot) await journeyShot(page, shot);
  await page.keyboard.press('Enter');
  await waitPatchChange(page, patchId);
  const level = intensity === 'q' ? taxonomy.intensities[0] : taxonomy.intensities.at(-1);
  return { patchId, name: info.name, pattern, intensity: level?.key ?? '', rle: state.rle };
}

/** The curator works through the review queue by keyboard: R (with a comment) or A per item. */
async function reviewQueue(page: Page, datasetId: string, rejectPatchId: string | null, shot: string) {
  await page.goto(`${platform.webUrl}/review/${datasetId}`);
  const decided: string[] = [];
  for (;;) {
    const item = page.locator('[data-testid=review-item]');
    const empty = page.getByText('Nothing to review');
    await Promise.race([item.waitFor({ timeout: 30_000 }), empty.waitFor({ timeout: 30_000 })]);
    if (await empty.isVisible()) break;
    const patchId = (await item.getAttribute('data-patch-id')) ?? '';
    await page.locator('[data-testid=submission]').first().waitFor();
    if (decided.length === 0) {
      await settle(page);
      await journeyShot(page, shot);
    }
    await page.keyboard.press('1');
    if (patchId === rejectPatchId) {
      await page.keyboard.press('r');
      await page.getByRole('dialog', { name: 'Reject with comment' }).waitFor();
      await page.keyboard.type('Wrong pattern: look at the cells again.');
      await journeyShot(page, `${shot}-reject`);
      await page.keyboard.press('Control+Enter');
    } else {
      await page.keyboard.press('a');
    }
    decided.push(patchId);
    await page.waitForFunction(
      (id) =>
        document.querySelector('[data-testid=review-item]')?.getAttribute('data-patch-id') !== id ||
        document.body.textContent?.includes('Nothing to review'),
      patchId,
      { timeout: 20_000 },
    );
  }
  return decided;
}

describe('the whole journey in Chromium', () => {
  it('import -> label -> review (reject, fix) -> train -> promote -> score -> active queue -> export', {
    timeout: 600_000,
  }, async () => {
    // 1. The admin creates a dataset with 128 px patches and imports the folder.
    clock.begin('1 admin: create dataset, import');
    const admin = roles.admin.page;
    await signIn(admin, platform.webUrl, ...USERS.admin);
    await admin.waitForURL(/\/admin/);
    await admin.goto(`${platform.webUrl}/admin/datasets`);
    await admin.fill('form[aria-label="New dataset"] input[name=name]', 'Journey lab');
    await admin.click('form[aria-label="New dataset"] button[type=submit]');
    await admin.waitForURL(/\/admin\/datasets\/[0-9a-f-]+$/);
    const datasetId = admin.url().split('/').at(-1) ?? '';
    const settings = admin.locator('form[aria-label="Dataset settings"]');
    await settings.getByLabel('Patch size (px)').fill(String(PATCH));
    await settings.getByLabel('Stride x').fill(String(PATCH));
    await settings.getByLabel('Stride y').fill(String(PATCH));
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Saved').waitFor();
    await admin.fill('input[name=serverPath]', folder);
    await admin.click('[data-testid=start-import]');
    await admin.locator('[data-testid=import-job][data-status=SUCCEEDED]').waitFor({ timeout: 120_000 });
    await admin.getByText('4 / 4 rows checked · 4 imported', { exact: false }).waitFor();
    await settle(admin);
    await journeyShot(admin, '01-admin-import-done');
    const { dataset } = await gql<{
      dataset: {
        stats: { specimens: number; patches: number };
        patternClasses: Taxonomy['patterns'];
        intensityLevels: Taxonomy['intensities'];
      };
    }>(
      'admin',
      'query($id:ID!){dataset(id:$id){stats{specimens patches} patternClasses{id key name} intensityLevels{id key}}}',
      { id: datasetId },
    );
    expect(dataset.stats).toEqual({ specimens: 4, patches: 16 });
    const taxonomy: Taxonomy = { patterns: dataset.patternClasses, intensities: dataset.intensityLevels };
    const wrongFor = (truth: string) =>
      taxonomy.patterns.find((p) => p.key !== truth && p.key !== 'negative')?.key ?? truth;

    // 2. Two annotators label two patches each; A's first gets the wrong pattern.
    clock.begin('2 annotators label (masks, pattern and intensity by keyboard)');
    const labelled: Labelled[] = [];
    for (const role of ['annotatorA', 'annotatorB'] as const) {
      const { page } = roles[role];
      const [email, password] = USERS[role];
      await signIn(page, platform.webUrl, email, password);
      await page.waitForURL(/\/annotate$/);
      await page.getByText('Journey lab').waitFor();
      if (role === 'annotatorA') await journeyShot(page, '02-annotator-home');
      await page.click('[data-testid=start-labeling]');
      for (let i = 0; i < 2; i++) {
        const wrong = role === 'annotatorA' && i === 0;
        labelled.push(
          await labelCurrentPatch(
            page,
            taxonomy,
            wrong ? wrongFor : (truth) => truth,
            i === 0 ? 'w' : 'q',
            i === 0 ? `03-editor-painted-${role}` : undefined,
          ),
        );
      }
    }
    const wrong = labelled[0] as Labelled;

    // 3. The curator approves three and rejects the wrong one.
    clock.begin('3 curator reviews: approve 3, reject 1');
    const curator = roles.curator.page;
    await signIn(curator, platform.webUrl, ...USERS.curator);
    await curator.waitForURL(/\/(review|admin|annotate)/);
    const decided = await reviewQueue(curator, datasetId, wrong.patchId, '04-review-item');
    expect(decided.sort()).toEqual(labelled.map((l) => l.patchId).sort());
    await journeyShot(curator, '05-review-queue-empty');

    // 4. It goes back to annotator A, who fixes it; the curator approves the fix.
    clock.begin('4 annotator A fixes the returned patch; curator approves');
    const pageA = roles.annotatorA.page;
    await pageA.goto(`${platform.webUrl}/annotate`);
    const returned = pageA.locator('section[aria-label="Returned work"]');
    await returned.getByText('Wrong pattern', { exact: false }).waitFor({ timeout: 20_000 });
    await journeyShot(pageA, '06-annotator-returned-work');
    await returned.getByRole('link', { name: 'Fix it' }).first().click();
    await pageA.waitForSelector(SHOWN_EDITOR);
    // The editor had claimed A's next patch after the last submit; untouched, it yields to the
    // returned work, which is served at once.
    expect((await editorState(pageA)).patchId).toBe(wrong.patchId);
    await pageA.getByTestId('return-comment').waitFor();
    const fixed = await labelCurrentPatch(pageA, taxonomy, (t) => t, 'w', '07-editor-fixing-returned');
    labelled[0] = fixed;
    expect(fixed.pattern).not.toBe(wrong.pattern);
    await reviewQueueApproveOnly(curator, datasetId, fixed.patchId);

    // 5. The admin trains a tiny model and watches the run live.
    clock.begin('5 admin trains (lite, 32 px, 2 epochs) and watches');
    await admin.goto(`${platform.webUrl}/admin/training/${datasetId}`);
    await admin.getByText('No runs yet').waitFor();
    await admin.fill('input[name=epochs]', '2');
    await admin.fill('input[name=inputSize]', '32');
    await admin.fill('input[name=extra]', '{"variant":"lite","width":4,"blocks":[1,1,1],"augment":false}');
    await admin.check('input[name=weakLabels]');
    await admin.getByLabel('Auto-promote').selectOption('no');
    // a handful of labels: below the minimum for a useful run, started on purpose
    await admin.check('[data-testid=below-minimum]');
    await admin.click('[data-testid=trigger-run]');
    const detail = admin.locator('[data-testid=run-detail]');
    await admin.locator('[data-testid=run-detail][data-status=RUNNING]').waitFor({ timeout: 120_000 });
    // Live progress, without a reload: the step counter moves while the run trains.
    const steps = new Set<string>();
    while ((await detail.getAttribute('data-status')) === 'RUNNING') {
      const step =
        (await admin
          .locator('[data-testid=run-step]')
          .textContent()
          .catch(() => null)) ?? '—';
      if (step !== '—' && !steps.has(step)) {
        steps.add(step);
        if (steps.size === 1) await journeyShot(admin, '08-training-running');
      }
      await admin.waitForTimeout(100);
    }
    console.log(`[journey]    training steps seen live: ${[...steps].join(', ') || 'none'}`);
    expect(steps.size).toBeGreaterThanOrEqual(1);
    await admin
      .locator('[data-testid=run-detail]:not([data-status=RUNNING]):not([data-status=QUEUED])')
      .waitFor({ timeout: 240_000 });
    expect(['EVALUATED', 'REJECTED', 'PROMOTED']).toContain(await detail.getAttribute('data-status'));
    await admin.locator('[data-testid=loss-chart] .recharts-line').first().waitFor({ timeout: 15_000 });
    // The run validated on the held-out specimens after each of its 2 epochs: one point per epoch.
    await expect
      .poll(() => admin.locator('[data-testid=validation-chart]').getAttribute('data-points'))
      .toBe('2');
    await settle(admin, 500);
    await journeyShot(admin, '09-training-finished');

    // 6. The new model is promoted (accepting the rule's warning if it said no).
    clock.begin('6 admin promotes the new version');
    const version = admin.locator('[data-testid=model-versions] tr[data-version="1"]');
    await version.waitFor({ timeout: 30_000 });
    await version.getByRole('button', { name: 'Promote' }).click();
    // The rule may have said no: then the page asks for an explicit second click.
    const anyway = admin.getByRole('button', { name: 'Promote v1 anyway' });
    await admin.getByText('v1 is now active.').or(anyway).waitFor({ timeout: 15_000 });
    if (await anyway.isVisible()) await anyway.click();
    await admin.getByText('v1 is now active.').waitFor({ timeout: 15_000 });
    await journeyShot(admin, '10-model-promoted');

    // 7. Scoring: the trainer scores the unlabelled patches; Score now re-ranks the queue.
    clock.begin('7 scoring');
    await admin.goto(`${platform.webUrl}/admin/learning/${datasetId}`);
    const scoreNow = admin.locator('[data-testid=score-now]');
    const deadline = Date.now() + 180_000;
    let scoredText = '';
    for (;;) {
      await scoreNow.getByRole('button', { name: 'Score now' }).click();
      const status = scoreNow.getByRole('status');
      await status.waitFor();
      scoredText = (await status.textContent()) ?? '';
      if (/ 0 still to score/.test(scoredText) && !/: 0 scored/.test(scoredText)) break;
      if (Date.now() > deadline) throw new Error(`scoring did not finish: ${scoredText}`);
      await admin.waitForTimeout(1500);
    }
    await settle(admin, 500);
    await journeyShot(admin, '11-scored-and-reranked');

    // 8. The queues now serve the most uncertain patches, with the model's proposal in the editor.
    clock.begin('8 annotator B: the most uncertain patch, with the proposal');
    const pageB = roles.annotatorB.page;
    const extra: Labelled[] = [];
    await pageB.goto(`${platform.webUrl}/annotate/${datasetId}`);
    await pageB.waitForSelector(SHOWN_EDITOR);
    // B's editor claimed a patch before scoring (right after their last submit) and resumes it:
    // B finishes it; the next one served must be the head of the new ranking.
    for (let n = 0; n < 2 && !(await servedIsTheHead(pageB, datasetId)); n++)
      extra.push(await labelCurrentPatch(pageB, taxonomy, (t) => t, 'q'));
    expect(await servedIsTheHead(pageB, datasetId)).toBe(true);
    // the editor on screen (the next patch's is mounted ahead, hidden)
    const shownEditor = pageB.locator(SHOWN_EDITOR);
    const proposal = shownEditor.locator('section[aria-label="Model proposal"]');
    await proposal.locator('.badge', { hasText: 'v1' }).waitFor({ timeout: 15_000 });
    await shownEditor.getByText('Starting from the model’s proposed mask.').waitFor();
    await settle(pageB, 300);
    await journeyShot(pageB, '12-editor-most-uncertain-with-proposal');

    // 9. Exports through the UI hold exactly the approved labels.
    clock.begin('9 exports (COCO, seed CSV) downloaded and compared');
    await admin.goto(`${platform.webUrl}/admin/datasets/${datasetId}`);
    await admin.locator('section[aria-label="Export"]').scrollIntoViewIfNeeded();
    const cocoText = (await exportThroughPage(admin, 'COCO')).zip.get('annotations.json')!.toString('utf8');
    await journeyShot(admin, '13-export-coco');
    const seedText = (await exportThroughPage(admin, 'SEED_CSV')).zip.get('dataset.csv')!.toString('utf8');
    await journeyShot(admin, '14-export-seed-csv');
    const approved = new Map(labelled.map((l) => [l.name, l]));
    expect(extra.every((e) => !approved.has(e.name))).toBe(true);

    const coco = JSON.parse(cocoText) as {
      images: { id: number; file_name: string; attributes: { intensity: string | null } }[];
      annotations: {
        image_id: number;
        category_id: number;
        segmentation: { size: [number, number]; counts: number[] };
      }[];
      categories: { id: number; name: string }[];
    };
    expect(coco.images.map((i) => stem(i.file_name)).sort()).toEqual([...approved.keys()].sort());
    expect(coco.annotations).toHaveLength(approved.size);
    for (const annotation of coco.annotations) {
      const image = coco.images.find((i) => i.id === annotation.image_id);
      const mine = approved.get(stem(image?.file_name ?? '')) as Labelled;
      expect(coco.categories.find((c) => c.id === annotation.category_id)?.name).toBe(mine.pattern);
      expect(image?.attributes.intensity).toBe(mine.intensity);
      const exported = decodeRle(annotation.segmentation);
      const painted = decodeRle(mine.rle);
      expect(Buffer.from(exported.data.map((v) => (v ? 1 : 0)))).toEqual(
        Buffer.from(painted.data.map((v) => (v ? 1 : 0))),
      );
    }

    const rows = parseCsv(seedText);
    expect(rows.map((r) => stem(r[0] ?? '')).sort()).toEqual([...approved.keys()].sort());
    for (const [image, mask, pattern, intensity] of rows) {
      const mine = approved.get(stem(image ?? '')) as Labelled;
      expect(stem(mask ?? '')).toBe(mine.name);
      expect(pattern).toBe(mine.pattern);
      expect(intensity).toBe(mine.intensity);
    }
    clock.end();
  });
});

/** Whether the editor shows a scored patch ranked at least as high as every queued one. */
/**
 * The served patch was scored and nothing B could be served outranks it: the queued patches claimNext
 * would serve next (upcomingPatches, as B) have no higher priority. A patch released in the last 30 s
 * (RESERVE_COOLDOWN_SECONDS) is not servable yet; step 4 releases A's claimed-ahead patch, and when
 * scoring ranked that one first, the plain "best queued" comparison failed although the queue was
 * right.
 */
async function servedIsTheHead(page: Page, datasetId: string): Promise<boolean> {
  const { patchId } = await editorState(page);
  const { upcomingPatches } = await gql<{ upcomingPatches: { queue: string; patch: { id: string } }[] }>(
    'annotatorB',
    'query($d:ID!){upcomingPatches(datasetId:$d,first:5){queue patch{id}}}',
    { d: datasetId },
  );
  const next = upcomingPatches.filter((u) => u.queue === 'QUEUED').map((u) => u.patch.id);
  const { patch, patches } = await gql<{
    patch: { acquisitionScore: number | null; priority: number };
    patches: { edges: { node: { id: string; priority: number } }[] };
  }>(
    'admin',
    `query($id:ID!,$d:ID!){patch(id:$id){acquisitionScore priority}
      patches(datasetId:$d,status:QUEUED,first:500){edges{node{id priority}}}}`,
    { id: patchId, d: datasetId },
  );
  const priority = new Map(patches.edges.map((e) => [e.node.id, e.node.priority]));
  const best = Math.max(...next.map((id) => priority.get(id) ?? Number.NEGATIVE_INFINITY));
  const bestQueued = Math.max(...patches.edges.map((e) => e.node.priority));
  console.log(
    `[journey]    served patch: priority ${patch.priority}, score ${patch.acquisitionScore}; best servable next ${best} (best queued ${bestQueued})`,
  );
  return patch.acquisitionScore !== null && patch.priority >= best;
}

/** The curator approves one specific patch from the review queue (the fixed one) with A. */
async function reviewQueueApproveOnly(page: Page, datasetId: string, patchId: string) {
  await page.goto(`${platform.webUrl}/review/${datasetId}`);
  const item = page.locator(`[data-testid=review-item][data-patch-id="${patchId}"]`);
  for (let i = 0; i < 10 && !(await item.isVisible().catch(() => false)); i++) {
    await page.locator('[data-testid=review-item]').waitFor({ timeout: 20_000 });
    if (await item.isVisible()) break;
    await page.keyboard.press('j');
    await page.waitForTimeout(300);
  }
  await item.waitFor({ timeout: 5_000 });
  await page.locator('[data-testid=submission]').first().waitFor();
  await page.keyboard.press('1');
  await page.keyboard.press('a');
  await page.waitForFunction(
    (id) => document.querySelector('[data-testid=review-item]')?.getAttribute('data-patch-id') !== id,
    patchId,
    { timeout: 20_000 },
  );
}
