/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, signIn } from './support/browser';
import { browserUserGraphql } from './support/graphql-client';
import { type Platform, startPlatform } from './support/platform';
import { type SeededLabelingDataset, seedLabelingDataset } from './support/seed-dataset';

/*
 * Agreement by design in Chromium: patches labelled twice give a dataset-level Fleiss' kappa and
 * Krippendorff's alpha with intervals; a curator marks approved patches gold on the review page;
 * they are served blind in another annotator's editor and scored against the gold label.
 */
type Role = 'admin' | 'curator' | 'annotator' | 'annotator2';
const USERS: Record<Role, [email: string, password: string]> = {
  admin: ['admin@demo.local', 'demo-admin-pass'],
  curator: ['curator@demo.local', 'demo-curator-pass'],
  annotator: ['annotator@demo.local', 'demo-annotator-pass'],
  annotator2: ['annotator2@demo.local', 'demo-annotator-pass'],
};

let platform: Platform;
let seeded: SeededLabelingDataset;
let browser: Browser;
const sessions = {} as Record<Role, { context: BrowserContext; page: Page }>;
/** Patch ids beyond the seeded four (same image, other places on the specimen). */
const extraPatches: string[] = [];

beforeAll(async () => {
  platform = await startPlatform();
  seeded = await seedLabelingDataset(platform.db, platform.infra.s3);
  const first = await platform.db.patch.findUniqueOrThrow({ where: { id: seeded.patchIds[0] } });
  for (const x of [100, 200]) {
    const row = await platform.db.patch.create({
      data: {
        datasetId: seeded.datasetId,
        specimenId: first.specimenId,
        x,
        y: 0,
        width: first.width,
        height: first.height,
        imageKey: first.imageKey,
        priority: 1,
      },
      select: { id: true },
    });
    extraPatches.push(row.id);
  }
  browser = await launchChromium();
  for (const role of Object.keys(USERS) as Role[]) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, platform.webUrl, ...USERS[role]);
    await page.waitForSelector('[data-testid=viewer]');
    sessions[role] = { context, page };
  }
}, 400_000);

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') {
    await screenshot(sessions.curator.page, 'failed-agreement-gold-curator').catch(() => {});
    await screenshot(sessions.annotator2.page, 'failed-agreement-gold-annotator').catch(() => {});
  }
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await platform?.stop();
});

const gql = <T>(role: Role, query: string, variables: Record<string, unknown> = {}) =>
  browserUserGraphql<T>(sessions[role].context, platform.webUrl, query, variables);

async function settings(values: Record<string, number>) {
  const { version } = await platform.db.dataset.findUniqueOrThrow({ where: { id: seeded.datasetId } });
  const result = await gql(
    'admin',
    `mutation($id: ID!, $v: Int!, $k: Int, $share: Float, $rate: Float) {
      updateDatasetSettings(id: $id, expectedVersion: $v, annotatorsPerPatch: $k, doubleLabelShare: $share, goldRate: $rate) { version }
    }`,
    { id: seeded.datasetId, v: version, ...values },
  );
  expect(result.errors).toBeUndefined();
}

/** Claims the role's next patch and submits these labels (no mask); returns the patch and annotation. */
async function claimSubmit(role: Role, patternClassId: string, intensityLevelId: string) {
  const claimed = await gql<{ claimNext: { lease: { id: string }; patch: { id: string } } }>(
    role,
    'mutation($d: ID!) { claimNext(datasetId: $d) { lease { id } patch { id } } }',
    { d: seeded.datasetId },
  );
  if (!claimed.data) throw new Error(`claimNext failed: ${JSON.stringify(claimed.errors)}`);
  const { lease, patch } = claimed.data.claimNext;
  const submitted = await gql<{ submitAnnotation: { id: string } }>(
    role,
    'mutation($i: AnnotationInput!) { submitAnnotation(input: $i) { id } }',
    { i: { patchId: patch.id, leaseId: lease.id, patternClassId, intensityLevelId } },
  );
  if (!submitted.data) throw new Error(`submit failed: ${JSON.stringify(submitted.errors)}`);
  return { patchId: patch.id, annotationId: submitted.data.submitAnnotation.id };
}

async function approve(patchId: string, annotationId: string) {
  const result = await gql(
    'curator',
    'mutation($p: ID!, $a: ID) { approvePatch(patchId: $p, annotationId: $a) { id } }',
    { p: patchId, a: annotationId },
  );
  expect(result.errors).toBeUndefined();
}

const editorPatch = (p: Page) =>
  p.waitForFunction(
    () => {
      const lease = (window as unknown as { hep2Editor?: { leaseId: string } }).hep2Editor?.leaseId;
      const id = document
        .querySelector('[data-testid=editor]:not([hidden] *)')
        ?.getAttribute('data-patch-id');
      return lease && id ? id : null;
    },
    undefined,
    { timeout: 30_000 },
  );

describe('agreement by design', () => {
  it('serves gold blind and scores it; the review page shows kappa and alpha with intervals', async () => {
    const taxonomy = await gql<{
      dataset: {
        patternClasses: { id: string; key: string }[];
        intensityLevels: { id: string; key: string }[];
      };
    }>(
      'admin',
      'query($id: ID!) { dataset(id: $id) { patternClasses { id key } intensityLevels { id key } } }',
      {
        id: seeded.datasetId,
      },
    );
    const pattern = (key: string) =>
      taxonomy.data?.dataset.patternClasses.find((c) => c.key === key)?.id ?? '';
    const [intermediate, positive] = ['intermediate', 'positive'].map(
      (key) => taxonomy.data?.dataset.intensityLevels.find((l) => l.key === key)?.id ?? '',
    ) as [string, string];

    // three patches labelled by both annotators: agree, agree, disagree
    await settings({ k: 2, share: 0, rate: 0 });
    const pairs: [string, string, string, string][] = [
      ['homogeneous', 'homogeneous', intermediate, intermediate],
      ['centromere', 'centromere', positive, positive],
      ['homogeneous', 'centromere', intermediate, positive],
    ];
    for (const [p1, p2, i1, i2] of pairs) {
      const first = await claimSubmit('annotator', pattern(p1), i1);
      const second = await claimSubmit('annotator2', pattern(p2), i2);
      expect(second.patchId).toBe(first.patchId);
      await approve(first.patchId, first.annotationId);
    }
    // two patches labelled once by the first annotator, approved: the gold candidates
    await settings({ k: 1 });
    const goldPatches: { patchId: string; annotationId: string; key: string }[] = [];
    for (const key of ['centromere', 'homogeneous']) {
      const labelled = await claimSubmit('annotator', pattern(key), intermediate);
      await approve(labelled.patchId, labelled.annotationId);
      goldPatches.push({ ...labelled, key });
    }

    // the curator marks them gold on the review page
    const curator = sessions.curator.page;
    await curator.goto(`${platform.webUrl}/review/${seeded.datasetId}`);
    const panel = curator.getByTestId('dataset-agreement');
    await panel.waitFor({ timeout: 30_000 });
    await panel.getByTestId('gold-patches').locator('summary').click();
    for (const { patchId } of goldPatches) {
      const row = await platform.db.patch.findUniqueOrThrow({ where: { id: patchId } });
      const box = panel.getByRole('checkbox', { name: new RegExp(`at ${row.x}, ${row.y}$`) });
      await box.click();
      await expect.poll(() => box.isChecked(), { timeout: 15_000 }).toBe(true);
    }
    await expect
      .poll(
        async () =>
          await platform.db.patch.count({
            where: { id: { in: goldPatches.map((g) => g.patchId) }, goldAt: { not: null } },
          }),
        {
          timeout: 15_000,
        },
      )
      .toBe(2);
    await screenshot(curator, 'agreement-01-gold-marked');

    // the second annotator's editor is served both gold patches, blind; they get one wrong
    await settings({ rate: 1 });
    const annotator = sessions.annotator2.page;
    await annotator.goto(`${platform.webUrl}/annotate/${seeded.datasetId}`);
    await annotator.waitForSelector('[data-testid=editor]');
    const served: string[] = [];
    for (let n = 0; n < 2; n++) {
      const patchId = await (await editorPatch(annotator)).jsonValue();
      if (!patchId || served.includes(patchId)) throw new Error(`unexpected patch ${patchId}`);
      const gold = goldPatches.find((g) => g.patchId === patchId);
      expect(gold).toBeDefined();
      // nothing on the page says gold or approved
      expect(await annotator.locator('[data-testid=editor]').first().textContent()).not.toMatch(
        /gold|approved/i,
      );
      served.push(patchId);
      // '4' is centromere (the editor's shortcut), 'q' the first intensity
      await annotator.keyboard.press('4');
      await annotator.keyboard.press('q');
      await annotator.keyboard.press('Enter');
      await annotator.waitForFunction(
        (id) =>
          document.querySelector('[data-testid=editor]:not([hidden] *)')?.getAttribute('data-patch-id') !==
          id,
        patchId,
        { timeout: 30_000 },
      );
    }
    await screenshot(annotator, 'agreement-02-after-gold');
    await expect
      .poll(() => platform.db.goldScore.count({ where: { datasetId: seeded.datasetId } }), {
        timeout: 30_000,
      })
      .toBe(2);
    const scores = await platform.db.goldScore.findMany({ where: { datasetId: seeded.datasetId } });
    const byPatch = new Map(scores.map((s) => [s.patchId, s.patternCorrect]));
    for (const g of goldPatches) expect(byPatch.get(g.patchId)).toBe(g.key === 'centromere');
    // the gold labels stand
    for (const g of goldPatches) {
      const approved = await platform.db.annotation.findFirstOrThrow({
        where: { patchId: g.patchId, status: 'APPROVED' },
      });
      expect(approved.id).toBe(g.annotationId);
      expect((await platform.db.patch.findUniqueOrThrow({ where: { id: g.patchId } })).status).toBe(
        'APPROVED',
      );
    }

    // dataset-level agreement with intervals, and the annotator against gold
    await curator.reload();
    await panel.waitFor({ timeout: 30_000 });
    const statistics = panel.getByTestId('agreement-statistics');
    await statistics.getByText("Fleiss' kappa").waitFor({ timeout: 30_000 });
    await statistics.getByText("Krippendorff's alpha (nominal)").first().waitFor();
    const kappaRow = statistics.getByTestId('agreement-statistic').filter({ hasText: "Fleiss' kappa" });
    // value [low, high] over the 3 double-labelled patches
    expect(await kappaRow.textContent()).toMatch(/-?\d\.\d\d \[-?\d\.\d\d, -?\d\.\d\d\]3$/);
    const vsGold = panel.getByTestId('annotator-vs-gold').filter({ hasText: 'gold' });
    await vsGold.first().waitFor();
    const goldRows = await vsGold.allTextContents();
    // the second annotator: 2 gold items, 1 of 2 right (50 %), with its interval
    expect(goldRows.some((text) => /gold250% \[\d+%, \d+%\]/.test(text))).toBe(true);
    await screenshot(curator, 'agreement-03-dataset-agreement');
  });
});
