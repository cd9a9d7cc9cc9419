import type { Db, Tx } from '@hep2/db';
import { CatalogError } from '../catalog-error';
import type { StagedSpecimen } from './specimen-staging';

const CHUNK = 1000;

/**
 * Inserts staged specimens, their patches and (curated imports) their approved annotations in one
 * transaction. Imports into one dataset are
 * serialised by an advisory lock, and the duplicate check runs again under it, so two concurrent
 * imports of the same file cannot both commit. `extra` runs in the same transaction (job rows, audit).
 */
export async function commitSpecimens(
  db: Db,
  datasetId: string,
  staged: readonly StagedSpecimen[],
  extra?: (tx: Tx) => Promise<void>,
): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`import:${datasetId}`}))`;
      if (staged.length > 0) {
        const clash = await tx.specimen.findFirst({
          where: {
            datasetId,
            OR: [
              { contentHash: { in: staged.map((s) => s.specimen.contentHash) } },
              { externalId: { in: staged.map((s) => s.specimen.externalId) } },
            ],
          },
          select: { externalId: true },
        });
        if (clash)
          throw new CatalogError('CONFLICT', `specimen ${clash.externalId} was imported concurrently`);
        for (let i = 0; i < staged.length; i += CHUNK) {
          await tx.specimen.createMany({ data: staged.slice(i, i + CHUNK).map((s) => s.specimen) });
        }
        const patches = staged.flatMap((s) => s.patches);
        for (let i = 0; i < patches.length; i += CHUNK) {
          await tx.patch.createMany({ data: patches.slice(i, i + CHUNK) });
        }
        // Curated imports: the approved IMPORT annotations go in with their patches, so a patch is
        // never visible as APPROVED without its label (nor queued for annotators in between).
        const annotations = staged.flatMap((s) => s.annotations);
        for (let i = 0; i < annotations.length; i += CHUNK) {
          await tx.annotation.createMany({ data: annotations.slice(i, i + CHUNK) });
        }
        const revisions = staged.flatMap((s) => s.revisions);
        for (let i = 0; i < revisions.length; i += CHUNK) {
          await tx.annotationRevision.createMany({ data: revisions.slice(i, i + CHUNK) });
        }
      }
      await extra?.(tx);
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
