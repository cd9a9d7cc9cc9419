import { builder } from '../../graphql/builder';
import { requireViewer } from '../../graphql/viewer';
import { notFound } from '../../shared/domain-error';
import { type ExperimentDto, experimentSelect } from './experiments.dto';
import { ExperimentRef, ReportFileRef, ReportFormatEnum } from './experiments.refs';
import { createExperiment, experimentReportFiles, requeueFailedExperimentRuns } from './experiments.service';

builder.queryFields((t) => ({
  experiments: t.field({
    type: [ExperimentRef],
    description: 'Experiments of a dataset, newest first.',
    authScopes: { admin: true },
    args: { datasetId: t.arg.id({ description: 'Dataset id.' }) },
    resolve: (_r, args, ctx): Promise<ExperimentDto[]> =>
      ctx.db.experiment.findMany({
        where: { datasetId: String(args.datasetId) },
        select: experimentSelect,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 200,
      }),
  }),
  experiment: t.field({
    type: ExperimentRef,
    description: 'One experiment with its runs and report.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ description: 'Experiment id.' }) },
    resolve: async (_r, args, ctx) => {
      const e = await ctx.db.experiment.findUnique({
        where: { id: String(args.id) },
        select: experimentSelect,
      });
      if (!e) throw notFound('Experiment', String(args.id));
      return e;
    },
  }),
  experimentReport: t.field({
    type: [ReportFileRef],
    description:
      'Presigned URLs of the report files (Markdown, CSV, SVG figures, JSON); provisional until DONE.',
    authScopes: { admin: true },
    args: {
      id: t.arg.id({ description: 'Experiment id.' }),
      format: t.arg({ type: ReportFormatEnum, defaultValue: 'all', description: 'Which files.' }),
    },
    resolve: (_r, args, ctx) =>
      experimentReportFiles(
        ctx.db,
        ctx.store,
        ctx.publicStore,
        String(args.id),
        args.format ?? 'all',
        ctx.config.PRESIGN_TTL_SECONDS,
      ),
  }),
}));

builder.mutationFields((t) => ({
  createExperiment: t.field({
    type: ExperimentRef,
    description:
      'Plans k specimen-grouped, stratified folds and queues one training run per grid cell x fold (mask loss x task weighting x model variant).',
    authScopes: { admin: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset id.' }),
      name: t.arg.string({ description: 'Name.' }),
      folds: t.arg.int({
        description:
          'Number of folds (2-20). Pairwise differences need 2/2^folds x pairs < 0.05 (Holm): 12 folds for the default 12 settings; the main-effects analysis has no such floor.',
      }),
      seed: t.arg.int({
        required: false,
        description: 'Seed of the fold plan and of every run (default 1).',
      }),
      grid: t.arg({
        type: 'JSON',
        required: false,
        description:
          '{maskLosses, weightings: [{kind, alpha}], variants: [{variant, width, blocks, inputSize}], base: run settings, maxAttempts}; defaults to the seed comparison.',
      }),
    },
    resolve: (_r, args, ctx) =>
      createExperiment(ctx, requireViewer(ctx), {
        datasetId: String(args.datasetId),
        name: args.name,
        folds: args.folds,
        seed: args.seed,
        grid: args.grid ?? {},
      }),
  }),
  requeueFailedExperimentRuns: t.field({
    type: ExperimentRef,
    description: 'Queues a new attempt for every cell x fold whose latest run failed or was cancelled.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ description: 'Experiment id.' }) },
    resolve: (_r, args, ctx) => requeueFailedExperimentRuns(ctx, requireViewer(ctx), String(args.id)),
  }),
}));
