import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, gql, startTestApi, type TestApi, type TestUser } from './support/test-api';

let api: TestApi;
let admin: TestUser;
let annotator: TestUser;

beforeAll(async () => {
  api = await startTestApi();
  admin = await createSignedInUser(api, 'ADMIN');
  annotator = await createSignedInUser(api, 'ANNOTATOR');
});
afterAll(async () => {
  await api.stop();
});

/** A dataset with 6 queued patches on 2 specimens, an active version and its stored scores. */
async function seed() {
  const tag = randomUUID().slice(0, 8);
  const db = api.db;
  const dataset = await db.dataset.create({
    data: {
      slug: `al-api-${tag}`,
      name: `AL ${tag}`,
      patternClasses: {
        create: ['homogeneous', 'centromere', 'golgi'].map((key, position) => ({
          key,
          name: key,
          position,
          icapCodes: [],
        })),
      },
    },
    select: { id: true, version: true },
  });
  const version = await db.modelVersion.create({
    data: {
      datasetId: dataset.id,
      number: 1,
      status: 'ACTIVE',
      artifactKey: 'none',
      artifactBytes: 0,
      artifactSha256: 'none',
      architecture: {},
      parameterCount: 0,
      labelCount: 12,
      calibration: {
        pattern: {
          temperature: 1.7,
          eceBefore: 0.2,
          eceAfter: 0.05,
          before: [{ lo: 0, hi: 1, count: 3, confidence: 0.9, accuracy: 0.6 }],
          after: [],
        },
        fittedAt: '2026-01-01T00:00:00.000Z',
        validationPatches: 3,
      },
    },
    select: { id: true },
  });
  const patches: string[] = [];
  for (let s = 0; s < 2; s += 1) {
    const specimen = await db.specimen.create({
      data: {
        datasetId: dataset.id,
        externalId: `${tag}-${s}`,
        imageKey: 'x',
        width: 1,
        height: 1,
        bitDepth: 8,
        contentHash: `${tag}-${s}`,
      },
      select: { id: true },
    });
    for (let j = 0; j < 3; j += 1) {
      const i = s * 3 + j;
      const patch = await db.patch.create({
        data: {
          datasetId: dataset.id,
          specimenId: specimen.id,
          x: j,
          y: 0,
          width: 1,
          height: 1,
          imageKey: 'x',
        },
        select: { id: true },
      });
      patches.push(patch.id);
      const top = 0.4 + 0.1 * i;
      const probs = i === 5 ? [0.1, 0.1, 0.8] : [top, 1 - top - 0.05, 0.05];
      await db.prediction.create({
        data: {
          patchId: patch.id,
          modelVersionId: version.id,
          method: 'deterministic',
          patternProbs: probs,
          intensityProbs: [0.5, 0.5],
          patternEntropy: -probs.reduce((a, p) => a + p * Math.log(p), 0),
          patternMargin: 0.1 * i,
          intensityEntropy: Math.log(2),
          maskEntropy: 0.01 * i,
        },
      });
    }
  }
  return { datasetId: dataset.id, version: dataset.version, modelVersionId: version.id, patches };
}

const SETTINGS =
  'query($d:ID!){acquisitionSettings(datasetId:$d){version settings scoringMethod strategies{name}}}';
const UPDATE =
  'mutation($d:ID!,$s:JSON!,$v:Int!){updateAcquisitionSettings(datasetId:$d,settings:$s,version:$v){version settings scoringMethod}}';
const COMPOSITION = `query($d:ID!,$n:Int){queueComposition(datasetId:$d,size:$n){size unscored
  byReason{key count} byStrategy{key count} byPredictedPattern{key count} items{patchId reason predictedPattern priority}}}`;

describe('active learning over GraphQL', () => {
  it('settings: defaults, validated update with optimistic concurrency, queue re-ranked, composition', async () => {
    const s = await seed();
    const read = await gql<{
      acquisitionSettings: {
        version: number;
        settings: { strategy: string };
        strategies: { name: string }[];
      };
    }>(api.url, SETTINGS, { d: s.datasetId }, admin.token);
    expect(read.data?.acquisitionSettings.settings.strategy).toBe('multitask');
    expect(read.data?.acquisitionSettings.strategies.map((x) => x.name)).toContain('specimen');
    const forbidden = await gql(api.url, SETTINGS, { d: s.datasetId }, annotator.token);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const bad = await gql(
      api.url,
      UPDATE,
      { d: s.datasetId, s: { batchSize: -1 }, v: s.version },
      admin.token,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'settings.batchSize',
    });
    const settings = {
      mcSamples: 1,
      batchSize: 3,
      diversity: { kind: 'none' },
      rareClasses: { share: 0.34, classes: [2] },
    };
    const ok = await gql<{ updateAcquisitionSettings: { version: number; scoringMethod: string } }>(
      api.url,
      UPDATE,
      { d: s.datasetId, s: settings, v: s.version },
      admin.token,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.updateAcquisitionSettings).toMatchObject({
      version: s.version + 1,
      scoringMethod: 'deterministic',
    });
    const stale = await gql(api.url, UPDATE, { d: s.datasetId, s: settings, v: s.version }, admin.token);
    expect(stale.errors?.[0]?.extensions?.code).toBe('STALE_VERSION');

    // The update re-ranked the queue: the golgi prediction takes the rare-class slot first.
    const comp = await gql<{
      queueComposition: {
        size: number;
        unscored: number;
        byReason: { key: string; count: number }[];
        byPredictedPattern: { key: string; count: number }[];
        items: { patchId: string; reason: string; predictedPattern: string; priority: number }[];
      };
    }>(api.url, COMPOSITION, { d: s.datasetId, n: 6 }, admin.token);
    expect(comp.errors).toBeUndefined();
    const c = comp.data?.queueComposition;
    expect(c?.size).toBe(6);
    expect(c?.unscored).toBe(0);
    expect(c?.items[0]).toMatchObject({
      patchId: s.patches[5],
      reason: 'rare-class',
      predictedPattern: 'golgi',
      priority: 1,
    });
    expect(c?.byReason).toEqual([
      { key: 'rest', count: 3 },
      { key: 'uncertainty', count: 2 },
      { key: 'rare-class', count: 1 },
    ]);
    expect(c?.byPredictedPattern.find((x) => x.key === 'golgi')?.count).toBe(1);
    const audit = await api.db.auditLog.count({
      where: { entityId: s.datasetId, action: 'activeLearning.updateSettings' },
    });
    expect(audit).toBe(1);
  });

  it('requestScoring, label-efficiency curve and calibration', async () => {
    const s = await seed();
    await api.db.dataset.update({ where: { id: s.datasetId }, data: { acquisition: { mcSamples: 1 } } });
    const status = await gql<{
      requestScoring: { scored: number; unscored: number; reranked: number; method: string };
    }>(
      api.url,
      'mutation($d:ID!){requestScoring(datasetId:$d){scored unscored reranked method}}',
      { d: s.datasetId },
      admin.token,
    );
    expect(status.errors).toBeUndefined();
    expect(status.data?.requestScoring).toEqual({
      scored: 6,
      unscored: 0,
      reranked: 6,
      method: 'deterministic',
    });
    await api.db.learningCurvePoint.createMany({
      data: [
        { datasetId: s.datasetId, series: 'random', labelCount: 24, metrics: { patternMca: 0.5 } },
        { datasetId: s.datasetId, series: 'active:multitask', labelCount: 48, metrics: { patternMca: 0.7 } },
        { datasetId: s.datasetId, series: 'active:multitask', labelCount: 24, metrics: { patternMca: 0.5 } },
      ],
    });
    const curve = await gql<{ labelEfficiencyCurve: { series: string; points: { labelCount: number }[] }[] }>(
      api.url,
      'query($d:ID!){labelEfficiencyCurve(datasetId:$d){series points{labelCount metrics}}}',
      { d: s.datasetId },
      admin.token,
    );
    expect(
      curve.data?.labelEfficiencyCurve.map((x) => [x.series, x.points.map((p) => p.labelCount)]),
    ).toEqual([
      ['active:multitask', [24, 48]],
      ['random', [24]],
    ]);
    const cal = await gql<{
      calibration: {
        validationPatches: number;
        heads: { head: string; temperature: number; before: { count: number }[] }[];
      };
    }>(
      api.url,
      'query($v:ID!){calibration(modelVersionId:$v){validationPatches heads{head temperature eceBefore eceAfter before{lo hi count confidence accuracy}}}}',
      { v: s.modelVersionId },
      admin.token,
    );
    expect(cal.errors).toBeUndefined();
    expect(cal.data?.calibration).toMatchObject({
      validationPatches: 3,
      heads: [{ head: 'pattern', temperature: 1.7, before: [{ count: 3 }] }],
    });

    // A fit from before the held-out split says so (split null); a current one names both sides.
    const SPLIT = `query($v:ID!){calibration(modelVersionId:$v){validationPatches mcSamples dropoutMode
      split{groupedBy fitPatches heldOutPatches fitSpecimens heldOutSpecimens} heads{head samples heldOutSamples}}}`;
    const older = await gql<{ calibration: { split: unknown; mcSamples: unknown } }>(
      api.url,
      SPLIT,
      { v: s.modelVersionId },
      admin.token,
    );
    expect(older.data?.calibration).toMatchObject({ split: null, mcSamples: null });
    await api.db.modelVersion.update({
      where: { id: s.modelVersionId },
      data: {
        calibration: {
          pattern: { temperature: 1.4, samples: 40, heldOutSamples: 38, eceBefore: 0.1, eceAfter: 0.04 },
          fittedAt: '2026-01-02T00:00:00.000Z',
          validationPatches: 78,
          split: {
            groupedBy: 'specimen',
            fitPatches: 40,
            heldOutPatches: 38,
            fitSpecimens: 3,
            heldOutSpecimens: 2,
          },
          served: { mcSamples: 8, mode: 'heads' },
        },
      },
    });
    const current = await gql(api.url, SPLIT, { v: s.modelVersionId }, admin.token);
    expect(current.data?.calibration).toEqual({
      validationPatches: 78,
      mcSamples: 8,
      dropoutMode: 'heads',
      split: {
        groupedBy: 'specimen',
        fitPatches: 40,
        heldOutPatches: 38,
        fitSpecimens: 3,
        heldOutSpecimens: 2,
      },
      heads: [{ head: 'pattern', samples: 40, heldOutSamples: 38 }],
    });
  });
  it('serves the stored simulate:al arms with their intervals to curators, not to annotators', async () => {
    const s = await seed();
    const point = (x: number) => x / 100;
    const curves = ['balanced', 'natural'].flatMap((testSet) =>
      ['random', 'random+quota', 'uncertainty', 'diversity', 'full'].map((arm, k) => ({
        arm,
        testSet,
        labels: [24, 48],
        cost: [312, 624],
        metrics: { composite: { mean: [point(60), point(70 + k)], sd: [0.01, null] } },
      })),
    );
    const interval = { estimate: -0.012, lower: -0.02, upper: null };
    const base = { oracle: 'generated', seeds: 10, labelCost: { pattern: 1, intensity: 2, mask: 10 } };
    await api.db.activeLearningSimulation.create({
      data: {
        ...base,
        datasetId: s.datasetId,
        labelTasks: ['pattern', 'intensity', 'mask'],
        settings: {},
        curves,
        comparisons: [
          {
            arm: 'full',
            testSet: 'balanced',
            metric: 'composite',
            aucMean: 0.7,
            aucDifference: interval,
            costRatioMedian: interval,
            reached: 4,
            seeds: 10,
          },
        ],
        seconds: 670,
        createdAt: new Date('2026-01-02T00:00:00Z'),
      },
    });
    // An older one, and one with a malformed payload: the newest comes first, malformed reads empty.
    await api.db.activeLearningSimulation.create({
      data: {
        ...base,
        datasetId: s.datasetId,
        labelTasks: [],
        settings: {},
        curves: { nope: 1 },
        comparisons: [],
        seconds: 1,
        createdAt: new Date('2026-01-01T00:00:00Z'),
      },
    });
    const QUERY = `query($d:ID!,$n:Int){activeLearningSimulations(datasetId:$d,limit:$n){oracle seeds labelTasks
      labelCost{pattern intensity mask} curves{arm testSet points{labels cost values{metric mean sd}}}
      comparisons{arm testSet metric aucMean reached seeds aucDifference{estimate lower upper}
      costRatioMedian{estimate lower upper}}}}`;
    type Sim = {
      oracle: string;
      curves: {
        arm: string;
        testSet: string;
        points: { cost: number; values: { mean: number; sd: number | null }[] }[];
      }[];
      comparisons: unknown[];
    };
    const res = await gql<{ activeLearningSimulations: Sim[] }>(
      api.url,
      QUERY,
      { d: s.datasetId, n: 5 },
      admin.token,
    );
    expect(res.errors).toBeUndefined();
    const [latest, older] = res.data?.activeLearningSimulations ?? [];
    expect(latest?.curves.map((c) => `${c.testSet}:${c.arm}`)).toHaveLength(10);
    expect(latest?.curves[4]).toEqual({
      arm: 'full',
      testSet: 'balanced',
      points: [
        { labels: 24, cost: 312, values: [{ metric: 'composite', mean: 0.6, sd: 0.01 }] },
        { labels: 48, cost: 624, values: [{ metric: 'composite', mean: 0.74, sd: null }] },
      ],
    });
    expect(latest?.comparisons).toEqual([
      {
        arm: 'full',
        testSet: 'balanced',
        metric: 'composite',
        aucMean: 0.7,
        reached: 4,
        seeds: 10,
        aucDifference: interval,
        costRatioMedian: interval,
      },
    ]);
    expect(older).toMatchObject({ curves: [], comparisons: [] });
    const one = await gql<{ activeLearningSimulations: Sim[] }>(
      api.url,
      QUERY,
      { d: s.datasetId },
      admin.token,
    );
    expect(one.data?.activeLearningSimulations).toHaveLength(1);
    const tooMany = await gql(api.url, QUERY, { d: s.datasetId, n: 21 }, admin.token);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const denied = await gql(api.url, QUERY, { d: s.datasetId }, annotator.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
