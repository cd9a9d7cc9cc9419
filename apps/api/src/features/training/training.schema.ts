import { TRAINING_RUN_TOPIC } from '@hep2/training';
import { builder } from '../../graphql/builder';
import { cursorPage } from '../../graphql/pagination';
import { requireViewer } from '../../graphql/viewer';
import { DomainError, notFound } from '../../shared/domain-error';
import { TrainingRunConfigInput, TrainingRunConfigRef } from './run-config.refs';
import {
  type ModelVersionDto,
  modelVersionSelect,
  type TrainingRunDto,
  trainingRunSelect,
} from './training.dto';
import { ModelVersionRef, TrainingRunRef, TrainingRunStatusEnum } from './training.refs';
import {
  cancelTrainingRun,
  promoteModelVersion,
  rollbackModel,
  trainingRunDefaults,
  triggerTrainingRun,
} from './training.service';

builder.queryFields((t) => ({
  trainingRuns: t.connection({
    type: TrainingRunRef,
    description: 'Training runs of a dataset, newest first.',
    authScopes: { admin: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset id.' }),
      status: t.arg({ type: TrainingRunStatusEnum, required: false, description: 'Only this status.' }),
    },
    resolve: (_r, args, ctx) =>
      cursorPage(
        args,
        (run: TrainingRunDto) => run.id,
        ({ after, before, limit, inverted }) =>
          ctx.db.trainingRun.findMany({
            where: { datasetId: String(args.datasetId), status: args.status ?? undefined },
            select: trainingRunSelect,
            take: limit,
            cursor: after ? { id: after } : before ? { id: before } : undefined,
            skip: after || before ? 1 : 0,
            orderBy: [{ createdAt: inverted ? 'asc' : 'desc' }, { id: inverted ? 'asc' : 'desc' }],
          }),
      ),
  }),
  trainingRun: t.field({
    type: TrainingRunRef,
    description: 'One training run with its epochs.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ description: 'Run id.' }) },
    resolve: async (_r, args, ctx) => {
      const run = await ctx.db.trainingRun.findUnique({
        where: { id: String(args.id) },
        select: trainingRunSelect,
      });
      if (!run) throw notFound('Training run', String(args.id));
      return run;
    },
  }),
  modelVersions: t.field({
    type: [ModelVersionRef],
    description: 'Model versions of a dataset, newest first.',
    authScopes: { curator: true },
    args: { datasetId: t.arg.id({ description: 'Dataset id.' }) },
    resolve: (_r, args, ctx): Promise<ModelVersionDto[]> =>
      ctx.db.modelVersion.findMany({
        where: { datasetId: String(args.datasetId) },
        select: modelVersionSelect,
        orderBy: { number: 'desc' },
      }),
  }),
  trainingRunDefaults: t.field({
    type: TrainingRunConfigRef,
    description:
      "The settings a run of this dataset gets where triggerTrainingRun's config leaves them open: the dataset policy's runDefaults, then the dataset (input size), then the defaults.",
    authScopes: { admin: true },
    args: { datasetId: t.arg.id({ description: 'Dataset id.' }) },
    resolve: (_r, args, ctx) => trainingRunDefaults(ctx.db, String(args.datasetId)),
  }),
  activeModelVersion: t.field({
    type: ModelVersionRef,
    nullable: true,
    description: 'The version that currently scores patches and proposes labels, if any.',
    authScopes: { signedIn: true },
    args: { datasetId: t.arg.id({ description: 'Dataset id.' }) },
    resolve: (_r, args, ctx) =>
      ctx.db.modelVersion.findFirst({
        where: { datasetId: String(args.datasetId), status: 'ACTIVE' },
        select: modelVersionSelect,
      }),
  }),
}));

builder.mutationFields((t) => ({
  triggerTrainingRun: t.field({
    type: TrainingRunRef,
    description:
      'Queues a training run (settings default to the dataset policy). Refused with TRAINING_BUSY while one is queued or running, unless forced, and with TRAINING_NOT_READY below the minimum of Dataset.trainingReadiness, unless belowMinimum.',
    authScopes: { admin: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset id.' }),
      config: t.arg({
        type: TrainingRunConfigInput,
        required: false,
        description: 'Run settings; those left out follow trainingRunDefaults.',
      }),
      force: t.arg.boolean({
        required: false,
        description: 'Queue behind a pending run instead of refusing.',
      }),
      belowMinimum: t.arg.boolean({
        required: false,
        description: 'Start although the dataset is below the minimum of curated labels or specimens.',
      }),
    },
    resolve: (_r, args, ctx) =>
      triggerTrainingRun(ctx, requireViewer(ctx), {
        datasetId: String(args.datasetId),
        config: args.config ?? {},
        force: args.force ?? false,
        belowMinimum: args.belowMinimum ?? false,
      }),
  }),
  cancelTrainingRun: t.field({
    type: TrainingRunRef,
    description: 'Cancels a queued run, or asks a running one to stop.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ description: 'Run id.' }) },
    resolve: (_r, args, ctx) => cancelTrainingRun(ctx, requireViewer(ctx), String(args.id)),
  }),
  promoteModelVersion: t.field({
    type: ModelVersionRef,
    description: 'Makes a version active (the previous one is retired and kept for rollback).',
    authScopes: { admin: true },
    args: { id: t.arg.id({ description: 'Model version id.' }) },
    resolve: (_r, args, ctx) => promoteModelVersion(ctx, requireViewer(ctx), String(args.id)),
  }),
  rollbackModel: t.field({
    type: ModelVersionRef,
    description: 'Re-activates the previously active version; the current one is marked rejected.',
    authScopes: { admin: true },
    args: { datasetId: t.arg.id({ description: 'Dataset id.' }) },
    resolve: (_r, args, ctx) => rollbackModel(ctx, requireViewer(ctx), String(args.datasetId)),
  }),
}));

builder.subscriptionField('trainingRunUpdated', (t) =>
  t.field({
    type: TrainingRunRef,
    description: 'A run changed (status, progress, epoch) on any trainer: by run, or every run of a dataset.',
    authScopes: { admin: true },
    args: {
      runId: t.arg.id({ required: false, description: 'Only this run.' }),
      datasetId: t.arg.id({ required: false, description: 'Every run of this dataset.' }),
    },
    subscribe: (_root, args, ctx) => {
      if (!args.runId && !args.datasetId) {
        throw new DomainError('VALIDATION_FAILED', 'runId or datasetId is required', { field: 'runId' });
      }
      return ctx.events.subscribe(TRAINING_RUN_TOPIC, (p) =>
        args.runId ? p.runId === String(args.runId) : p.datasetId === String(args.datasetId),
      );
    },
    resolve: async (payload, _args, ctx) => {
      const run = await ctx.db.trainingRun.findUnique({
        where: { id: String(payload.runId) },
        select: trainingRunSelect,
      });
      if (!run) throw notFound('Training run', String(payload.runId));
      return run;
    },
  }),
);
