import { builder } from '../../graphql/builder';
import { requireViewer } from '../../graphql/viewer';
import { topics } from '../events/topics';
import { exportJobById, exportJobsPage, startExport } from './export-jobs.service';
import {
  ExportFormatEnum,
  ExportFormatInfoRef,
  ExportJobRef,
  ExportLevelEnum,
  exportFormatInfos,
} from './exports.refs';

builder.queryFields((t) => ({
  exportFormats: t.field({
    type: [ExportFormatInfoRef],
    description: 'The export formats, with what each writes (the catalog registry: new formats appear here).',
    authScopes: { curator: true },
    resolve: () => exportFormatInfos(),
  }),
  exportJob: t.field({
    type: ExportJobRef,
    description: 'One export job with its progress, or its archive and snapshot.',
    authScopes: { curator: true },
    args: { id: t.arg.id({ description: 'Export job id.' }) },
    resolve: (_r, args, ctx) => exportJobById(ctx, String(args.id)),
  }),
  exportJobs: t.connection({
    type: ExportJobRef,
    description: 'Export jobs of a dataset, newest first.',
    authScopes: { curator: true },
    args: { datasetId: t.arg.id({ description: 'Dataset id.' }) },
    resolve: (_r, args, ctx) => exportJobsPage(ctx, String(args.datasetId), args),
  }),
}));

builder.mutationFields((t) => ({
  startExport: t.field({
    type: ExportJobRef,
    description:
      'Starts exporting a dataset as one .zip in the background; follow it with exportProgress, download it with ExportJob.downloadUrl.',
    authScopes: { curator: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset id.' }),
      format: t.arg({ type: ExportFormatEnum, description: 'What to write.' }),
      level: t.arg({
        type: ExportLevelEnum,
        required: false,
        description: 'Patches (default) or specimens; specimen-only formats always write specimens.',
      }),
      approvedOnly: t.arg.boolean({
        required: false,
        description: 'Default true: approved labels only; false: everything with its status.',
      }),
    },
    resolve: (_r, args, ctx) =>
      startExport(ctx, requireViewer(ctx), { ...args, datasetId: String(args.datasetId) }),
  }),
}));

builder.subscriptionFields((t) => ({
  exportProgress: t.field({
    type: ExportJobRef,
    description: 'The export job now, then again as it progresses and when it ends.',
    authScopes: { curator: true },
    args: { jobId: t.arg.id({ description: 'Export job id.' }) },
    subscribe: (_r, args, ctx) => {
      const jobId = String(args.jobId);
      const queue = ctx.events.subscribe(topics.exportJob, (payload) => payload.jobId === jobId);
      // The current state first: a job may progress (or finish) before the client subscribed.
      queue.push({ jobId });
      return queue;
    },
    resolve: (_p, args, ctx) => exportJobById(ctx, String(args.jobId)),
  }),
}));
