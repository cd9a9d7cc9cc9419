import { builder } from '../../graphql/builder';
import { requireViewer } from '../../graphql/viewer';
import { ExportFormatEnum, ExportLevelEnum, ExportRef } from './exports.refs';
import { exportDatasetFiles } from './exports.service';

builder.mutationFields((t) => ({
  exportDataset: t.field({
    type: ExportRef,
    description: 'Exports a dataset to object storage and returns download URLs for its files.',
    authScopes: { curator: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset id.' }),
      format: t.arg({ type: ExportFormatEnum, description: 'What to write.' }),
      approvedOnly: t.arg.boolean({
        required: false,
        description: 'Default true: approved labels only; false: everything with its status.',
      }),
      level: t.arg({
        type: ExportLevelEnum,
        required: false,
        description: 'Patches (default) or specimens.',
      }),
    },
    resolve: (_r, args, ctx) =>
      exportDatasetFiles(ctx, requireViewer(ctx), {
        datasetId: String(args.datasetId),
        format: args.format,
        approvedOnly: args.approvedOnly ?? true,
        level: args.level,
      }),
  }),
}));
