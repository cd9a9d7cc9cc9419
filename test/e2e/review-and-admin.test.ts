/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import { decodeImage } from '@hep2/data';
import { ObjectStore } from '@hep2/storage';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedExportDataset } from '../../apps/api/test/support/export-fixtures';
import { launchChromium, screenshot, signIn } from './support/browser';
import { exportFollowingProgress, exportThroughPage, seedCuratedDataset } from './support/export-steps';
import { browserUserGraphql } from './support/graphql-client';
import { type Platform, startPlatform } from './support/platform';
import { claimAndSubmit, writeImportFolders } from './support/review-fixtures';

let platform: Platform;
let browser: Browser;
const contexts: Record<
  'admin' | 'curator' | 'annotator' | 'annotator2',
  { context: BrowserContext; page: Page }
> = {} as never;
let datasetId = '';
let folders: { good: string; bad: string; badLine: number; curated: string };

const USERS: Record<'admin' | 'curator' | 'annotator' | 'annotator2', [email: string, password: string]> = {
  admin: ['admin@demo.local', 'demo-admin-pass'],
  curator: ['curator@demo.local', 'demo-curator-pass'],
  annotator: ['annotator@demo.local', 'demo-annotator-pass'],
  annotator2: ['annotator2@demo.local', 'demo-annotator-pass'],
};

const ARM_NAMES = ['random', 'random+quota', 'uncertainty', 'diversity', 'full'];
const escapeRegex = (text: string) => text.replace(/[+]/g, '\\+');

/** A simulate:al result as `--store` writes it: 5 arms x 2 test sets, composite and pattern MCA. */
async function storeSimulation(dataset: string) {
  const curves = ['balanced', 'natural'].flatMap((testSet) =>
    ARM_NAMES.map((arm, k) => ({
      arm,
      testSet,
      labels: [24, 48, 72],
      cost: [312, 624, 936],
      metrics: Object.fromEntries(
        ['composite', 'patternMca'].map((m) => [
          m,
          { mean: [0.55, 0.6 + k / 100, 0.7 - k / 200], sd: [0.02, 0.03, 0.02] },
        ]),
      ),
    })),
  );
  const comparison = (testSet: string, arm: string, diff: number[], cost: (number | null)[]) => ({
    arm,
    testSet,
    metric: 'patternMca',
    aucMean: 0.62,
    aucDifference: arm === 'random' ? null : { estimate: diff[0], lower: diff[1], upper: diff[2] },
    costRatioMedian: { estimate: cost[0], lower: cost[1], upper: cost[2] },
    reached: 6,
    seeds: 10,
  });
  await platform.db.activeLearningSimulation.create({
    data: {
      datasetId: dataset,
      oracle: 'generated',
      seeds: 10,
      labelCost: { pattern: 1, intensity: 2, mask: 10 },
      labelTasks: ['pattern', 'intensity', 'mask'],
      settings: {},
      curves,
      comparisons: ['balanced', 'natural'].flatMap((testSet) =>
        ARM_NAMES.map((arm) =>
          testSet === 'balanced'
            ? comparison(testSet, arm, [-0.014, -0.02, -0.008], [1.2, 0.9, null])
            : comparison(testSet, arm, [-0.004, -0.01, 0.002], [1, 0.8, 1.3]),
        ),
      ),
      seconds: 600,
    },
  });
}

async function settle(page: Page, ms = 400) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(ms);
}

beforeAll(async () => {
  [platform, folders] = await Promise.all([startPlatform({ trainer: true }), writeImportFolders()]);
  browser = await launchChromium();
  for (const role of Object.keys(USERS) as (keyof typeof USERS)[]) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, platform.webUrl, ...USERS[role]);
    await page.waitForSelector('[data-testid=viewer]');
    contexts[role] = { context, page };
  }
}, 400_000);

// A failed step leaves every role's page behind as a screenshot, to see what the browser showed.
afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  for (const [role, { page }] of Object.entries(contexts)) {
    await screenshot(page, `failed-${context.task.name.slice(0, 24).replace(/\W+/g, '-')}-${role}`).catch(
      () => {},
    );
  }
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await platform?.stop();
});

describe('admin control room and curator review in Chromium', () => {
  it('creates a dataset, refuses an import with a bad row (showing the row), imports a good folder', async () => {
    const { page } = contexts.admin;
    await page.goto(`${platform.webUrl}/admin/datasets`);
    await page.fill('form[aria-label="New dataset"] input[name=name]', 'Review E2E');
    await screenshot(page, '09-admin-new-dataset');
    await page.click('form[aria-label="New dataset"] button[type=submit]');
    await page.waitForURL(/\/admin\/datasets\/[0-9a-f-]+$/);
    datasetId = page.url().split('/').at(-1) ?? '';
    expect(datasetId).toMatch(/[0-9a-f-]{36}/);

    // Two annotators per patch, so the curator sees masks side by side.
    const settings = page.locator('form[aria-label="Dataset settings"]');
    await settings.getByLabel('Annotators per patch (consensus k)').fill('2');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Saved').waitFor();

    await page.fill('input[name=serverPath]', folders.bad);
    await page.click('[data-testid=start-import]');
    const failed = page.locator('[data-testid=import-job][data-status=FAILED]');
    await failed.waitFor({ timeout: 60_000 });
    const rowErrors = failed.locator('[data-testid=row-errors]');
    await expect.poll(() => rowErrors.textContent()).toContain('missing-specimen');
    expect(await rowErrors.locator('tbody tr td').first().textContent()).toBe(String(folders.badLine));
    await rowErrors.scrollIntoViewIfNeeded();
    await screenshot(page, '10-admin-import-row-error');

    await page.fill('input[name=serverPath]', folders.good);
    await page.click('[data-testid=start-import]');
    await page.locator('[data-testid=import-job][data-status=SUCCEEDED]').waitFor({ timeout: 120_000 });
    await page.getByText('4 / 4 rows checked · 4 imported', { exact: false }).waitFor();
    expect(await page.locator('[data-testid=import-labels]').first().getAttribute('data-labels')).toBe(
      'WEAK',
    );

    // Weak labels alone cannot validate a run: the training page says so before anything starts.
    await page.goto(`${platform.webUrl}/admin/training/${datasetId}`);
    const belowMinimum = page.locator('[data-testid=validation-warning]');
    await belowMinimum.getByText('Below the minimum for a useful run').waitFor();
    await belowMinimum.getByText('curated labels on 0 specimens', { exact: false }).waitFor();
    expect(await page.getAttribute('input[name=inputSize]', 'placeholder')).toBe('default 64');
    await settle(page);
    await screenshot(page, '10b-training-cannot-validate');

    // A second, expert-labelled batch comes in as curated ground truth: approved at once, never queued.
    await page.goto(`${platform.webUrl}/admin/datasets/${datasetId}`);
    await page.fill('input[name=serverPath]', folders.curated);
    await page.check('form:has([data-testid=start-import]) input[name=labels][value=CURATED]');
    await page.click('[data-testid=start-import]');
    const curated = page.locator(
      '[data-testid=import-job][data-status=SUCCEEDED]:has([data-labels=CURATED])',
    );
    await curated.waitFor({ timeout: 120_000 });
    await curated.getByText('3 / 3 rows checked · 3 imported', { exact: false }).waitFor();
    await curated.getByText('every imported patch approved as ground truth', { exact: false }).waitFor();
    await curated.scrollIntoViewIfNeeded();
    await screenshot(page, '10c-admin-import-curated');
    await page.reload();
    // 4 weak and 3 curated specimens: the chart says which of its counts are verified.
    await page.getByText('Specimens per imported pattern').waitFor();
    await page.getByText('3 of 7 curated ground truth', { exact: false }).waitFor();
    // No annotation was approved here yet: every approved label is imported truth, and says so.
    await page.getByText('Imported ground truth per pattern').waitFor();
    await page.getByText('none labelled here yet', { exact: false }).first().waitFor();
    await settle(page, 800);
    await screenshot(page, '11-admin-dataset');

    // A curated patch shows its labels as imported ground truth, not as someone's work.
    const approved = await browserUserGraphql<{
      patches: { edges: { node: { id: string; specimen: { id: string } } }[] };
    }>(
      contexts.admin.context,
      platform.webUrl,
      'query($d: ID!) { patches(datasetId: $d, status: APPROVED, first: 1) { edges { node { id specimen { id } } } } }',
      { d: datasetId },
    );
    const patch = approved.data?.patches.edges[0]?.node;
    expect(patch).toBeDefined();
    await page.goto(
      `${platform.webUrl}/review/${datasetId}/specimen/${patch?.specimen.id}?patch=${patch?.id}`,
    );
    await page.locator('[data-testid=patch-labels]').getByText('Imported ground truth').first().waitFor();
    await settle(page, 600);
    await screenshot(page, '11b-specimen-imported-ground-truth');
  });

  it('a curator rejects an item with a comment and the annotator sees it returned', async () => {
    const taxonomy = await browserUserGraphql<{
      dataset: {
        patternClasses: { id: string; key: string }[];
        intensityLevels: { id: string; key: string }[];
      };
    }>(
      contexts.admin.context,
      platform.webUrl,
      'query($id: ID!) { dataset(id: $id) { patternClasses { id key } intensityLevels { id key } } }',
      {
        id: datasetId,
      },
    );
    const classes = taxonomy.data?.dataset.patternClasses ?? [];
    const levels = taxonomy.data?.dataset.intensityLevels ?? [];
    const pattern = (key: string) => classes.find((c) => c.key === key)?.id ?? '';
    const [low, high] = [levels[0]?.id ?? '', levels.at(-1)?.id ?? ''];

    // Two patches, each labelled by both annotators: the first in disagreement, the second agreeing.
    const first = await claimAndSubmit(contexts.annotator.context, platform.webUrl, datasetId, {
      patternClassId: pattern('homogeneous'),
      intensityLevelId: high,
      rect: [0.2, 0.2, 0.7, 0.7],
    });
    const again = await claimAndSubmit(contexts.annotator2.context, platform.webUrl, datasetId, {
      patternClassId: pattern('speckled'),
      intensityLevelId: low,
      rect: [0.3, 0.25, 0.8, 0.75],
    });
    expect(again).toBe(first); // consensus: the started patch is served to the second annotator first
    const second = await claimAndSubmit(contexts.annotator.context, platform.webUrl, datasetId, {
      patternClassId: pattern('centromere'),
      intensityLevelId: high,
      rect: [0.1, 0.1, 0.5, 0.5],
    });
    await claimAndSubmit(contexts.annotator2.context, platform.webUrl, datasetId, {
      patternClassId: pattern('centromere'),
      intensityLevelId: high,
      rect: [0.12, 0.1, 0.5, 0.52],
    });

    const { page } = contexts.curator;
    await page.goto(`${platform.webUrl}/review/${datasetId}`);
    await page.locator(`[data-testid=review-item][data-patch-id="${first}"]`).waitFor({ timeout: 30_000 });
    await page.locator('[data-testid=annotator-canvas]').nth(1).waitFor();
    await expect.poll(() => page.locator('[data-testid=submission]').count()).toBe(2);
    await settle(page);
    await screenshot(page, '12-review-item-side-by-side');
    await page.keyboard.press('o');
    await page.locator('[data-testid=overlay-canvas]').waitFor();
    await settle(page, 200);
    await screenshot(page, '13-review-item-overlay');
    await page.keyboard.press('o');

    // Reject annotator 1's submission by keyboard.
    await page.keyboard.press('1');
    await page.keyboard.press('r');
    await page.getByRole('dialog', { name: 'Reject with comment' }).waitFor();
    await page.keyboard.type('Speckled, not homogeneous: please redo the pattern and the mask edges.');
    await screenshot(page, '14-review-reject-dialog');
    await page.keyboard.press('Control+Enter');
    await page.locator(`[data-testid=review-item][data-patch-id="${second}"]`).waitFor({ timeout: 15_000 });

    // Approve the agreeing patch with A.
    await page.locator('[data-testid=submission]').nth(1).waitFor();
    await page.keyboard.press('a');
    await page.getByText('Nothing to review').waitFor({ timeout: 15_000 });
    await screenshot(page, '15-review-queue-empty');

    // The annotator sees the patch returned, with the comment.
    const annotator = contexts.annotator.page;
    await annotator.goto(`${platform.webUrl}/annotate`);
    const returned = annotator.locator('section[aria-label="Returned work"]');
    await returned.getByText('Speckled, not homogeneous', { exact: false }).waitFor({ timeout: 15_000 });
    await screenshot(annotator, '16-annotator-returned-work');

    // The specimen view of the approved patch.
    const specimen = await browserUserGraphql<{ patch: { specimen: { id: string } } }>(
      contexts.curator.context,
      platform.webUrl,
      'query($id: ID!) { patch(id: $id) { specimen { id } } }',
      { id: second },
    );
    await page.goto(
      `${platform.webUrl}/review/${datasetId}/specimen/${specimen.data?.patch.specimen.id}?patch=${second}`,
    );
    await page.locator('[data-testid=patch-box]').first().waitFor();
    await page
      .locator('[data-testid=patch-labels]')
      .getByText('Centromere', { exact: false })
      .first()
      .waitFor();
    await settle(page, 800);
    await screenshot(page, '17-specimen-view');
  });

  it('an admin triggers a tiny training run, watches it live until it finishes, then promotes it', async () => {
    const { page } = contexts.admin;
    await page.goto(`${platform.webUrl}/admin/training/${datasetId}`);
    await page.getByText('No runs yet').waitFor();
    // Curated labels on several specimens: this run can validate, but the set is below the minimum
    // of curated labels, so the admin starts it on purpose.
    await page.locator('[data-testid=input-size-default]').waitFor();
    const warning = page.locator('[data-testid=validation-warning]');
    await warning.getByText('a run needs at least 20', { exact: false }).waitFor();
    expect(await warning.textContent()).not.toContain('one to train on and one to validate on');
    await page.check('[data-testid=below-minimum]');
    await page.fill('input[name=epochs]', '3');
    await page.fill('input[name=inputSize]', '32');
    // placeholders are the API's defaults for this dataset, not numbers repeated in the web app
    expect(await page.getAttribute('input[name=batchSize]', 'placeholder')).toBe('default 16');
    await page.fill(
      'input[name=extra]',
      '{"width": 4, "augment": false, "autoPromote": false, "maskLoss": "bce+dice"}',
    );
    await page.check('input[name=weakLabels]');
    await page.click('[data-testid=trigger-run]');
    const detail = page.locator('[data-testid=run-detail]');
    await detail.waitFor();
    // typed settings: the documented value went through the GraphQL enum and back
    expect(await detail.locator('pre').first().textContent()).toContain('"maskLoss": "BCE_DICE"');

    // Live: the run moves to RUNNING and its step counter advances without a reload.
    await page.locator('[data-testid=run-detail][data-status=RUNNING]').waitFor({ timeout: 90_000 });
    const steps = new Set<string>();
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const status = await detail.getAttribute('data-status');
      const step = (await page.locator('[data-testid=run-step]').textContent()) ?? '';
      if (status === 'RUNNING' && step !== '—') steps.add(step);
      if (steps.size === 2) await screenshot(page, '18-training-live');
      if (status !== 'RUNNING' && status !== 'QUEUED') break;
      await page.waitForTimeout(150);
    }
    expect(steps.size).toBeGreaterThanOrEqual(2);
    await page
      .locator('[data-testid=run-detail]:not([data-status=RUNNING]):not([data-status=QUEUED])')
      .waitFor({ timeout: 120_000 });
    const finalStatus = await detail.getAttribute('data-status');
    expect(['EVALUATED', 'REJECTED', 'PROMOTED']).toContain(finalStatus);
    await page.locator('[data-testid=loss-chart] .recharts-line').first().waitFor({ timeout: 15_000 });

    // The finished run registered a version; promote it (accepting the rule's warning if it failed).
    const version = page.locator('[data-testid=model-versions] tr[data-version="1"]');
    await version.waitFor({ timeout: 30_000 });
    await page.locator('[data-testid=version-detail]').waitFor();
    await settle(page, 600);
    await screenshot(page, '19-training-finished');
    await version.getByRole('button', { name: 'Promote' }).click();
    // The rule may have said no: then the page asks for an explicit second click.
    const anyway = page.getByRole('button', { name: 'Promote v1 anyway' });
    await page.getByText('v1 is now active.').or(anyway).waitFor({ timeout: 15_000 });
    if (await anyway.isVisible()) await anyway.click();
    await page.getByText('v1 is now active.').waitFor({ timeout: 15_000 });
    await expect.poll(() => version.locator('.pill').textContent()).toBe('active');
    await page.locator('[data-testid=version-detail]').scrollIntoViewIfNeeded();
    await settle(page, 300);
    await screenshot(page, '20-training-promoted');
  });

  it('shows the users and active-learning pages', async () => {
    const { page } = contexts.admin;
    await page.goto(`${platform.webUrl}/admin/users`);
    await page.locator('[data-testid=user-table]').getByText('annotator2@demo.local').waitFor();
    await page
      .locator('[data-testid=annotator-agreement], section[aria-label="Annotator agreement"] .state')
      .first()
      .waitFor();
    // Throughput on the dataset both annotators labelled: two submissions each, Ann's first rejected.
    await page
      .locator('section[aria-label="Annotator agreement"] select[aria-label=Dataset]')
      .selectOption({ label: 'Review E2E' });
    const throughput = page.locator('[data-testid=annotator-throughput]');
    const rowOf = (name: string) => throughput.locator('tbody tr', { hasText: name });
    await rowOf('Ann Annotator').waitFor();
    for (const name of ['Ann Annotator', 'Ben Annotator']) {
      expect(await rowOf(name).locator('td').nth(1).textContent()).toBe('2');
    }
    expect(await rowOf('Ann Annotator').locator('td').nth(6).textContent()).toMatch(/^1 \(\d+%\)$/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('annotator-throughput-7d.csv');
    const csv = (await readFile(await download.path(), 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(csv[0]).toMatch(/^annotator,user id,submitted,skipped,expired,/);
    expect(csv[0]?.split(',')).toHaveLength(17 + 7); // the figures, then one column per day
    expect(
      csv.slice(1).map((line) =>
        line
          .split(',')
          .slice(0, 3)
          .filter((_, i) => i !== 1),
      ),
    ).toEqual([
      ['Ann Annotator', '2'],
      ['Ben Annotator', '2'],
    ]);
    await settle(page);
    await screenshot(page, '21-admin-users');

    // A simulate:al result stored for this dataset (`--store <slug>`): its five arms are drawn
    // against label cost, with their intervals beside the chart.
    await storeSimulation(datasetId);
    await page.goto(`${platform.webUrl}/admin/learning/${datasetId}`);
    await page.locator('[data-testid=label-efficiency]').waitFor();
    const arms = page.locator('[data-testid=simulation-arms]');
    await arms.locator('[data-testid=simulation-arms-chart] .recharts-line').first().waitFor();
    expect(await arms.locator('[data-testid=simulation-arms-chart] .recharts-line').count()).toBe(5);
    expect(await arms.locator('[data-arms]').getAttribute('data-arms')).toBe(ARM_NAMES.join(','));
    for (const arm of ARM_NAMES)
      await arms
        .locator('.recharts-legend-item-text', { hasText: new RegExp(`^${escapeRegex(arm)}$`) })
        .waitFor();
    expect(await arms.getByText('label cost (units)').count()).toBe(1);
    const full = arms.locator('[data-testid=simulation-arms-table] tr[data-arm=full]');
    expect(await full.locator('td').nth(2).textContent()).toBe('-0.014 [-0.020, -0.008]');
    expect(await full.locator('td').nth(3).textContent()).toBe('1.20 [0.90, not reached]');
    await arms.locator('select').selectOption('natural');
    await expect
      .poll(() =>
        arms.locator('[data-testid=simulation-arms-table] tr[data-arm=full] td').nth(2).textContent(),
      )
      .toBe('-0.004 [-0.010, +0.002]');
    expect(await arms.locator('[data-testid=simulation-arms-chart] .recharts-line').count()).toBe(5);
    await page
      .locator('[data-testid=queue-composition] .recharts-wrapper, [data-testid=queue-composition] .state')
      .first()
      .waitFor();
    await settle(page, 600);
    await screenshot(page, '22-admin-learning');

    await page.goto(`${platform.webUrl}/admin`);
    await page.getByText('Control room').waitFor();
    await settle(page);
    await screenshot(page, '23-admin-home');
  });
});

describe('dataset exports in Chromium', () => {
  it('an admin starts an export, watches it finish, and its Download link returns the zip', async () => {
    const { page } = contexts.admin;
    // A dataset of this test's own, with curated labels (no other test's state).
    const seeded = await seedCuratedDataset(platform.db, platform.infra.s3);
    await page.goto(`${platform.webUrl}/admin/datasets/${seeded.datasetId}`);
    await page.locator('section[aria-label="Export"]').getByText('No exports yet').waitFor();
    const { row, fileName, zip } = await exportThroughPage(page, 'COCO');
    expect(fileName).toMatch(/^e2e-export-[0-9a-f]{8}-coco-patch-approved-\d{8}-\d{4}\.zip$/);
    expect(await row.getByTestId('export-status').textContent()).toBe('ready');
    expect(await row.getByTestId('export-content').textContent()).toBe(
      `${seeded.approved} patches · ${seeded.approved} labelled`,
    );
    expect(await row.getByTestId('export-snapshot').textContent()).toMatch(
      new RegExp(`^${seeded.approved} approved up to .+ · no active model$`),
    );
    // The archive: what it is, the COCO file, and every approved patch's image.
    expect([...zip.keys()].slice(0, 2)).toEqual(['export.json', 'annotations.json']);
    const coco = JSON.parse(zip.get('annotations.json')!.toString('utf8')) as { images: unknown[] };
    expect(coco.images).toHaveLength(seeded.approved);
    expect(zip.size).toBe(2 + seeded.approved);
    await settle(page, 300);
    await screenshot(page, '24-admin-export-ready');
  });

  it('a generated 2,000-patch dataset leaves as one archive holding exactly its approved labels', async () => {
    const started = Date.now();
    const { page } = contexts.admin;
    // Generated in bulk (createMany, 16 distinct images and masks in the bucket), not through the
    // UI: 2,000 patches over 40 specimens, every 10th only submitted, 1,800 approved.
    const store = new ObjectStore({ ...platform.infra.s3, region: 'us-east-1' });
    const seeded = await seedExportDataset(platform.db, store, {
      patches: 2000,
      specimens: 40,
      submittedEvery: 10,
    });
    const seededAt = Date.now();
    await page.goto(`${platform.webUrl}/admin/datasets/${seeded.datasetId}`);
    await page.locator('section[aria-label="Export"]').getByText('No exports yet').waitFor();
    const { row, fileName, zip, states } = await exportFollowingProgress(page, 'HEADER_CSV', 150_000);
    const exportedAt = Date.now();
    expect(fileName).toMatch(new RegExp(`^${seeded.slug}-header-csv-patch-approved-\\d{8}-\\d{4}\\.zip$`));
    // The row went queued -> running (with progress when the page saw it) -> ready, never back.
    const order = ['QUEUED', 'RUNNING', 'SUCCEEDED'];
    const ranks = states.map((s) => order.indexOf(s.status ?? ''));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(states.at(-1)).toMatchObject({ status: 'SUCCEEDED', text: 'ready', progress: null });
    const progress = states.flatMap((s) => (s.progress === null ? [] : [s.progress]));
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await row.getByTestId('export-content').textContent()).toBe('1,800 patches · 1,800 labelled');

    // The archive against the database's approved labels: one image and one mask per approved
    // patch, the manifest naming exactly those with their labels, nothing of the submitted ones.
    const approved = await platform.db.annotation.findMany({
      where: { patch: { datasetId: seeded.datasetId, status: 'APPROVED' }, status: 'APPROVED' },
      select: {
        patternClass: { select: { key: true } },
        intensityLevel: { select: { key: true } },
        patch: { select: { x: true, y: true, specimen: { select: { externalId: true } } } },
      },
    });
    expect(approved).toHaveLength(1800);
    const expected = new Map(
      approved.map((a) => {
        const name = `${a.patch.specimen.externalId}_x${a.patch.x}_y${a.patch.y}`;
        return [
          `images/${name}.png`,
          // at patch level the "specimen" column names the patch (its sample id in the seed layout)
          [`masks/${name}_mask.png`, a.patternClass?.key, a.intensityLevel?.key, name],
        ];
      }),
    );
    expect(zip.size).toBe(2 + 2 * 1800);
    const [header, ...rows] = zip.get('manifest.csv')!.toString('utf8').trim().split('\n');
    expect(header).toBe('image,mask,pattern,intensity,specimen,fold');
    const manifest = new Map(
      rows.map((r) => {
        const [image = '', ...rest] = r.split(',');
        return [image, rest.slice(0, 4)];
      }),
    );
    expect(manifest).toEqual(expected);
    const bySeed = new Map(seeded.patches.map((p) => [`images/${p.name}.png`, p]));
    for (const [image, [mask = '']] of manifest) {
      const patch = bySeed.get(image)!;
      expect(patch.approved).toBe(true);
      expect(zip.get(image)?.equals(seeded.imageBytes.get(patch.imageKey)!)).toBe(true);
      const pixels = await decodeImage(zip.get(mask)!);
      expect(Array.from(pixels.data, (v) => (v ? 1 : 0))).toEqual(patch.mask);
    }
    const about = JSON.parse(zip.get('export.json')!.toString('utf8'));
    expect(about.snapshot).toMatchObject({ approvedLabels: 1800 });
    const job = await platform.db.exportJob.findFirstOrThrow({
      where: { datasetId: seeded.datasetId },
      select: { createdAt: true, startedAt: true, finishedAt: true },
    });
    const seconds = (from: Date | null, to: Date | null) =>
      from && to ? ((to.getTime() - from.getTime()) / 1000).toFixed(1) : '?';
    console.log(
      `[export 2,000] job queued ${seconds(job.createdAt, job.startedAt)} s, ran ${seconds(job.startedAt, job.finishedAt)} s`,
    );
    console.log(
      `[export 2,000] seed ${((seededAt - started) / 1000).toFixed(1)} s, export in the page and download ` +
        `${((exportedAt - seededAt) / 1000).toFixed(1)} s, archive checks ${((Date.now() - exportedAt) / 1000).toFixed(1)} s; ` +
        `${states.length} row states seen`,
    );
  });
});
