import { randomUUID } from 'node:crypto';
import { type GraphQLNamedInputType, isEnumType } from 'graphql';
import type { FillLeaf } from './fuzz-cases';
import { gql, type TestApi, type TestUser } from './test-api';
import { claim, rleFirstPixels, SUBMIT, seedWorkflowDataset } from './workflow-fixtures';

/** One existing row per kind of id an argument may name, so that valid fills reach deep code. */
export type FuzzIds = Record<string, string>;

/**
 * A dataset with specimens and patches, a submitted annotation, an open lease, and one row of each
 * other kind an argument names (webhook, delivery, token, run, experiment, import, model, upload).
 */
export async function seedFuzzFixture(
  api: TestApi,
  users: { annotator: TestUser; admin: TestUser; target: TestUser },
): Promise<FuzzIds> {
  const { db } = api;
  const seeded = await seedWorkflowDataset(db, { patches: 6, specimens: 2 });
  const { datasetId } = seeded;
  const first = await claim(api, users.annotator.token, datasetId);
  const lease = first.data!.claimNext.lease;
  const submitted = await gql<{ submitAnnotation: { id: string } }>(
    api.url,
    SUBMIT,
    {
      i: {
        patchId: lease.patchId,
        leaseId: lease.id,
        patternClassId: seeded.patterns[0]!.id,
        intensityLevelId: seeded.levels[0]!.id,
        mask: rleFirstPixels(8, 8, 10),
      },
    },
    users.annotator.token,
  );
  if (!submitted.data) throw new Error(`fixture submit failed: ${JSON.stringify(submitted.errors)}`);
  // a lease left open, for heartbeat/skip/release and drafts
  const open = (await claim(api, users.annotator.token, datasetId)).data!.claimNext.lease;
  const webhook = await db.webhook.create({
    data: { url: 'https://hooks.example.test/fuzz', events: ['PATCH_APPROVED'], secret: 'whsec_fuzz' },
  });
  const delivery = await db.webhookDelivery.create({
    data: { webhookId: webhook.id, event: 'PATCH_APPROVED', payload: {}, status: 'FAILED' },
  });
  const token = await gql<{ createApiToken: { token: { id: string } } }>(
    api.url,
    'mutation{createApiToken(name:"fuzz"){token{id}}}',
    {},
    users.admin.token,
  );
  const run = await db.trainingRun.create({ data: { datasetId, trigger: 'MANUAL', config: {} } });
  const experiment = await db.experiment.create({ data: { datasetId, name: 'fuzz', folds: 2, grid: {} } });
  const importJob = await db.importJob.create({ data: { datasetId, layout: 'auto', source: '/nowhere' } });
  const exportJob = await db.exportJob.create({ data: { datasetId, format: 'coco', level: 'patch' } });
  const model = await db.modelVersion.create({
    data: {
      datasetId,
      number: 1,
      artifactKey: 'models/fuzz',
      artifactBytes: 1,
      artifactSha256: '0'.repeat(64),
      architecture: {},
      parameterCount: 1,
    },
  });
  const upload = await db.upload.create({
    data: {
      datasetId,
      objectKey: `uploads/fuzz-${randomUUID()}`,
      filename: 'fuzz.png',
      maxBytes: 1000,
      expiresAt: new Date(Date.now() + 3600_000),
    },
  });
  const ids: FuzzIds = {
    dataset: datasetId,
    specimen: seeded.specimenIds[0]!,
    patch: lease.patchId,
    annotation: submitted.data.submitAnnotation.id,
    lease: open.id,
    patternclass: seeded.patterns[0]!.id,
    intensitylevel: seeded.levels[0]!.id,
    webhookdelivery: delivery.id,
    webhook: webhook.id,
    trainingrun: run.id,
    run: run.id,
    experiment: experiment.id,
    importjob: importJob.id,
    exportjob: exportJob.id,
    job: importJob.id,
    modelversion: model.id,
    model: model.id,
    upload: upload.id,
    user: users.target.id,
    actor: users.target.id,
  };
  const tokenId = token.data?.createApiToken.token.id;
  if (tokenId) ids.apitoken = tokenId;
  return ids;
}

// Longer names first: "webhookDelivery" before "webhook", "modelVersion" before "model".
const entityOrder = (ids: FuzzIds) => Object.keys(ids).sort((a, b) => b.length - a.length);

/** The id an argument most likely names: `patchId` a patch; `id` the entity in the field's name. */
export function idFor(ids: FuzzIds, field: string, argument: string): string {
  const keys = entityOrder(ids);
  const fromArgument = argument.toLowerCase().replace(/id$/, '');
  const fromField = field.toLowerCase();
  const key =
    keys.find((k) => fromArgument !== '' && fromArgument.endsWith(k)) ??
    keys.find((k) => fromField.includes(k));
  return key ? (ids[key] as string) : randomUUID();
}

/** Valid strings for arguments whose service checks their shape before anything else. */
function stringFor(argument: string): string {
  const name = argument.toLowerCase();
  if (name === 'email') return `fuzz-${randomUUID().slice(0, 8)}@test.local`;
  if (name.includes('password')) return 'long-enough-password';
  if (name === 'url') return 'https://hooks.example.test/fuzz';
  if (name === 'slug') return `fuzz-${randomUUID().slice(0, 8)}`;
  if (name === 'color') return '#112233';
  if (name === 'filename') return 'fuzz.png';
  if (name === 'serverpath') return '/nonexistent/fuzz';
  if (name === 'after' || name === 'before') return '';
  return 'fuzz';
}

export function fuzzFill(ids: FuzzIds): FillLeaf {
  return (type: GraphQLNamedInputType, field: string, argument: string) => {
    if (isEnumType(type)) return type.getValues()[0]?.name;
    switch (type.name) {
      case 'ID':
        return idFor(ids, field, argument);
      case 'Int':
      case 'Float':
        return argument === 'size' ? 1000 : argument === 'folds' ? 2 : 1;
      case 'Boolean':
        return false;
      case 'JSON':
        return {};
      case 'DateTime':
        return new Date().toISOString();
      default:
        return stringFor(argument);
    }
  };
}
