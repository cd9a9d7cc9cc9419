import { type ExportFormat, type ExportLevel, exportDataset, writeExportToStore } from '@hep2/catalog';
import type { ApiContext, Viewer } from '../../graphql/context';
import { catalogCall } from '../../shared/catalog-errors';
import { recordAudit } from '../audit/audit.service';
import type { ExportDto } from './exports.dto';

export interface ExportArgs {
  datasetId: string;
  format: ExportFormat;
  approvedOnly: boolean;
  level?: ExportLevel | null;
}

/**
 * Writes an export under objectKeys.export and answers with short-lived download URLs; the bytes
 * go from object storage to object storage, never through GraphQL.
 */
export async function exportDatasetFiles(
  ctx: ApiContext,
  actor: Viewer,
  args: ExportArgs,
): Promise<ExportDto> {
  const result = await catalogCall(() =>
    exportDataset(ctx.db, ctx.store, {
      datasetId: args.datasetId,
      format: args.format,
      approvedOnly: args.approvedOnly,
      level: args.level ?? undefined,
    }),
  );
  const stored = await writeExportToStore(ctx.store, args.datasetId, result.files);
  const ttl = ctx.config.PRESIGN_TTL_SECONDS;
  const files = await Promise.all(
    stored.keys.map(async (k) => ({
      name: k.name,
      bytes: k.bytes,
      url: await ctx.publicStore.presignedGet(k.key, ttl, k.name.split('/').at(-1)),
    })),
  );
  await recordAudit(ctx.db, {
    actorId: actor.id,
    action: 'dataset.export',
    entityType: 'Dataset',
    entityId: args.datasetId,
    after: {
      exportId: stored.exportId,
      format: args.format,
      approvedOnly: args.approvedOnly,
      items: result.items,
    },
    requestId: ctx.requestId,
  });
  return {
    exportId: stored.exportId,
    format: result.format,
    level: result.level,
    approvedOnly: result.approvedOnly,
    items: result.items,
    warnings: result.warnings,
    files,
  };
}
