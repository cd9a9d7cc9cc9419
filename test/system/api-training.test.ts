import { loadTrainerConfig, startTrainerService, type TrainerService } from '@hep2/trainer';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  createSignedInUser,
  gql,
  startTestApi,
  type TestApi,
  type TestUser,
} from '../../apps/api/test/support/test-api';
import { seedDataset } from '../../apps/trainer/test/support/seed-dataset';

let api: TestApi;
let admin: TestUser;
let trainer: TrainerService | null = null;

beforeAll(async () => {
  api = await startTestApi();
  admin = await createSignedInUser(api, 'ADMIN');
});
afterAll(async () => {
  await trainer?.stop();
  await api.stop();
});

const TINY = { inputSize: 32, width: 4, blocks: [1, 1, 1], batchSize: 8, epochs: 2, augment: false };
// These datasets are tiny on purpose: below the minimum unless a test says otherwise ($b).
const TRIGGER =
  'mutation($d:ID!,$c:TrainingRunConfigInput,$f:Boolean,$b:Boolean=true){triggerTrainingRun(datasetId:$d,config:$c,force:$f,belowMinimum:$b){id status trigger config{epochs variant maskLoss inputSize}}}';
const READINESS = `query($d:ID!){dataset(id:$d){trainingReadiness{curatedLabels curatedSpecimens validationSpecimens
  validationLabels minimumLabels minimumSpecimens problems}}}`;
const RUN = `query($id:ID!){trainingRun(id:$id){id status error progress environment resumeCount
  epochs{epoch losses taskWeights seconds validation{patches loss dice patternAccuracy intensityAccuracy}}
  modelVersion{id number status metrics promotion}}}`;

interface RunResult {
  id: string;
  status: string;
  error: string | null;
  progress: { step?: number };
  resumeCount: number;
  epochs: {
    epoch: number;
    losses: Record<string, number>;
    taskWeights: Record<string, number>;
    validation: { patches: number; loss: number; dice: number | null } | null;
  }[];
  modelVersion: {
    id: string;
    number: number;
    status: string;
    metrics: { validation: object };
    promotion: object;
  } | null;
}

describe('training control over GraphQL', () => {
  it('refuses a run below the minimum and says why; starts it when asked on purpose', async () => {
    const { datasetId } = await seedDataset(api.db, api.services.store, {
      specimens: 1,
      patchesPerSpecimen: 3,
      trainingPolicy: { paused: true },
    });
    const readiness = await gql<{ dataset: { trainingReadiness: Record<string, unknown> } }>(
      api.url,
      READINESS,
      { d: datasetId },
      admin.token,
    );
    expect(readiness.errors).toBeUndefined();
    expect(readiness.data?.dataset.trainingReadiness).toMatchObject({
      curatedLabels: 3,
      curatedSpecimens: 1,
      minimumLabels: 20,
      minimumSpecimens: 2,
      problems: [
        '3 curated labels; a run needs at least 20 (approve annotations, or import labels as curated)',
        'curated labels on 1 specimen; at least 2 are needed, one to train on and one to validate on',
      ],
    });
    const refused = await gql(api.url, TRIGGER, { d: datasetId, b: false }, admin.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'TRAINING_NOT_READY',
      curatedLabels: 3,
      curatedSpecimens: 1,
    });
    expect(refused.errors?.[0]?.message).toMatch(/3 curated labels.*belowMinimum/);
    expect(await api.db.trainingRun.count({ where: { datasetId } })).toBe(0);
    const started = await gql<{ triggerTrainingRun: { status: string } }>(
      api.url,
      TRIGGER,
      { d: datasetId },
      admin.token,
    );
    expect(started.data?.triggerTrainingRun.status).toBe('QUEUED');
    const curator = await createSignedInUser(api, 'CURATOR');
    const hidden = await gql(api.url, READINESS, { d: datasetId }, curator.token);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('queues a run, refuses a second with TRAINING_BUSY unless forced, validates settings, cancels', async () => {
    const { datasetId } = await seedDataset(api.db, api.services.store, {
      specimens: 2,
      patchesPerSpecimen: 1,
      trainingPolicy: { paused: true, runDefaults: { epochs: 7, weighting: 'fixed' } },
    });
    const defaults = await gql<{
      trainingRunDefaults: { epochs: number; weighting: string; inputSize: number };
    }>(
      api.url,
      'query($d:ID!){trainingRunDefaults(datasetId:$d){epochs weighting inputSize augment width}}',
      { d: datasetId },
      admin.token,
    );
    expect(defaults.data?.trainingRunDefaults).toMatchObject({
      epochs: 7,
      weighting: 'FIXED',
      augment: true,
      width: 8,
    });
    const first = await gql<{
      triggerTrainingRun: { id: string; status: string; trigger: string; config: { epochs: number } };
    }>(api.url, TRIGGER, { d: datasetId, c: { epochs: 3, maskLoss: 'BCE_DICE' } }, admin.token);
    expect(first.errors).toBeUndefined();
    expect(first.data?.triggerTrainingRun).toMatchObject({
      status: 'QUEUED',
      trigger: 'MANUAL',
      config: {
        epochs: 3,
        variant: 'LITE',
        maskLoss: 'BCE_DICE',
        inputSize: defaults.data?.trainingRunDefaults.inputSize,
      },
    });
    // typed end to end: the stored config keeps the schema's own values
    const stored = await api.db.trainingRun.findUniqueOrThrow({
      where: { id: first.data?.triggerTrainingRun.id },
    });
    expect(stored.config).toMatchObject({ epochs: 3, variant: 'lite', maskLoss: 'bce+dice' });
    const unknownValue = await gql(
      api.url,
      TRIGGER,
      { d: datasetId, c: { maskLoss: 'bce+dice' }, f: true },
      admin.token,
    );
    expect(unknownValue.errors?.[0]?.message).toMatch(/TrainingMaskLoss/);
    const busy = await gql(api.url, TRIGGER, { d: datasetId }, admin.token);
    expect(busy.errors?.[0]?.extensions?.code).toBe('TRAINING_BUSY');
    const bad = await gql(api.url, TRIGGER, { d: datasetId, c: { epochs: 0 }, f: true }, admin.token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'config.epochs' });
    const curator = await createSignedInUser(api, 'CURATOR');
    const forbidden = await gql(api.url, TRIGGER, { d: datasetId, f: true }, curator.token);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const runId = first.data?.triggerTrainingRun.id;
    const cancel = await gql<{ cancelTrainingRun: { status: string } }>(
      api.url,
      'mutation($id:ID!){cancelTrainingRun(id:$id){status cancelRequested}}',
      { id: runId },
      admin.token,
    );
    expect(cancel.data?.cancelTrainingRun.status).toBe('CANCELLED');
    const again = await gql(
      api.url,
      'mutation($id:ID!){cancelTrainingRun(id:$id){status}}',
      { id: runId },
      admin.token,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const list = await gql<{ trainingRuns: { edges: { node: { id: string } }[] } }>(
      api.url,
      'query($d:ID!){trainingRuns(datasetId:$d){edges{node{id status}}}}',
      { d: datasetId },
      admin.token,
    );
    expect(list.data?.trainingRuns.edges.map((e) => e.node.id)).toEqual([runId]);
  });

  it('trains a tiny model live over a subscription, then promotes and rolls back', async () => {
    const { datasetId } = await seedDataset(api.db, api.services.store, {
      specimens: 6,
      patchesPerSpecimen: 3,
    });
    trainer = await startTrainerService(
      loadTrainerConfig({
        ...process.env,
        TRAINER_BACKENDS: 'wasm',
        TRAINER_HEARTBEAT_SECONDS: '0.5',
        TRAINER_DISPATCH_SECONDS: '0.3',
        TRAINER_POLL_SECONDS: '0.5',
        TRAINER_WORKER_ID: 'api-test-trainer',
      }),
      () => {},
    );
    const client = createClient({
      url: api.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${admin.token}` },
    });
    const events: { status: string; progress: { step?: number } }[] = [];
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe<{ trainingRunUpdated: { status: string; progress: { step?: number } } }>(
        {
          query: 'subscription($d:ID!){trainingRunUpdated(datasetId:$d){id status progress}}',
          variables: { d: datasetId },
        },
        {
          next: (message) => {
            const run = message.data?.trainingRunUpdated;
            if (!run) return reject(new Error(JSON.stringify(message.errors)));
            events.push(run);
            if (['PROMOTED', 'EVALUATED', 'REJECTED', 'FAILED'].includes(run.status)) resolve();
          },
          error: reject,
          complete: () => {},
        },
      );
    });
    await new Promise((r) => setTimeout(r, 300)); // let the subscription register
    const triggered = await gql<{ triggerTrainingRun: { id: string } }>(
      api.url,
      TRIGGER,
      { d: datasetId, c: TINY },
      admin.token,
    );
    const runId = triggered.data?.triggerTrainingRun.id as string;
    await done;
    await client.dispose();
    expect(events.some((e) => e.status === 'RUNNING' && (e.progress.step ?? 0) >= 1)).toBe(true);
    expect(events.at(-1)?.status).toBe('PROMOTED');

    const run = (await gql<{ trainingRun: RunResult }>(api.url, RUN, { id: runId }, admin.token)).data
      ?.trainingRun;
    expect(run?.epochs.map((e) => e.epoch)).toEqual([1, 2]);
    expect(Object.keys(run?.epochs[0]?.taskWeights ?? {})).toEqual(['mask', 'pattern', 'intensity']);
    // Per-epoch validation figures for the admin page's curves.
    expect(run?.epochs[1]?.validation).toMatchObject({
      patches: expect.any(Number),
      loss: expect.any(Number),
    });
    expect(run?.resumeCount).toBe(0);
    const v1 = run?.modelVersion;
    expect(v1).toMatchObject({ number: 1, status: 'ACTIVE' });
    expect(v1?.metrics.validation).toHaveProperty('segmentation.dice');

    // A second version the admin promotes by hand, then rolls back.
    const second = await gql<{ triggerTrainingRun: { id: string } }>(
      api.url,
      TRIGGER,
      { d: datasetId, c: { ...TINY, epochs: 1, autoPromote: false } },
      admin.token,
    );
    const secondId = second.data?.triggerTrainingRun.id as string;
    let v2: RunResult['modelVersion'] = null;
    for (let i = 0; i < 300 && !v2; i += 1) {
      await new Promise((r) => setTimeout(r, 200));
      v2 =
        (await gql<{ trainingRun: RunResult }>(api.url, RUN, { id: secondId }, admin.token)).data?.trainingRun
          .modelVersion ?? null;
    }
    expect(v2?.number).toBe(2);
    expect(['CANDIDATE', 'REJECTED']).toContain(v2?.status);
    const promoted = await gql<{ promoteModelVersion: { status: string } }>(
      api.url,
      'mutation($id:ID!){promoteModelVersion(id:$id){status}}',
      { id: v2?.id },
      admin.token,
    );
    expect(promoted.data?.promoteModelVersion.status).toBe('ACTIVE');
    const versions = async () =>
      (
        await gql<{ modelVersions: { number: number; status: string }[] }>(
          api.url,
          'query($d:ID!){modelVersions(datasetId:$d){number status}}',
          { d: datasetId },
          admin.token,
        )
      ).data?.modelVersions;
    expect(await versions()).toEqual([
      { number: 2, status: 'ACTIVE' },
      { number: 1, status: 'RETIRED' },
    ]);
    const rolledBack = await gql<{ rollbackModel: { number: number; status: string } }>(
      api.url,
      'mutation($d:ID!){rollbackModel(datasetId:$d){number status}}',
      { d: datasetId },
      admin.token,
    );
    expect(rolledBack.data?.rollbackModel).toEqual({ number: 1, status: 'ACTIVE' });
    expect(await versions()).toEqual([
      { number: 2, status: 'REJECTED' },
      { number: 1, status: 'ACTIVE' },
    ]);
    const active = await gql<{ activeModelVersion: { number: number } }>(
      api.url,
      'query($d:ID!){activeModelVersion(datasetId:$d){number}}',
      { d: datasetId },
      admin.token,
    );
    expect(active.data?.activeModelVersion.number).toBe(1);
    const noFurther = await gql(
      api.url,
      'mutation($d:ID!){rollbackModel(datasetId:$d){id}}',
      { d: datasetId },
      admin.token,
    );
    expect(noFurther.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });
});
