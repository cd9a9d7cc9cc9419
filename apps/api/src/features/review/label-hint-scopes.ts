import type { PatchStatus } from '@hep2/db';
import type { ApiContext } from '../../graphql/context';

/*
 * Anchoring bias: an annotator who can read a specimen's imported labels, or how the other
 * annotators of a patch agreed, labels towards them. Curators and admins read these always;
 * annotators only for patches that can no longer come back to anyone for labelling.
 * ANNOTATORS_SEE_IMPORTED_LABELS=true shows them to annotators everywhere.
 * Used as field-level `authScopes` (Pothos scope-auth), so a refusal is the usual FORBIDDEN.
 */

/**
 * Statuses in which a patch is or may again be labelled: queued or held, returned to its author,
 * and submitted (a curator may still return it).
 */
const STILL_LABELLED: ReadonlySet<PatchStatus> = new Set(['QUEUED', 'IN_PROGRESS', 'RETURNED', 'SUBMITTED']);

const annotators = { annotator: true } as const;
const reviewers = { curator: true } as const;

/**
 * Who may read a patch's agreement figures (agreement, low agreement, contradiction of its specimen).
 * A gold patch is still labelled (served blind): curators only.
 */
export const patchAgreementScopes = (
  patch: { status: PatchStatus; goldAt: Date | null },
  _args: unknown,
  ctx: ApiContext,
) =>
  ctx.config.ANNOTATORS_SEE_IMPORTED_LABELS || (!STILL_LABELLED.has(patch.status) && !patch.goldAt)
    ? annotators
    : reviewers;

/**
 * What an annotator sees of a gold patch's workflow: an open patch like any other (in progress,
 * nothing submitted), so it cannot be told from the rest of the queue.
 */
export const blindGold = <T extends { status: PatchStatus; submittedCount: number; goldAt: Date | null }>(
  patch: T,
  viewerIsCurator: boolean,
): Pick<T, 'status' | 'submittedCount'> =>
  patch.goldAt && !viewerIsCurator
    ? { status: 'IN_PROGRESS', submittedCount: 0 }
    : { status: patch.status, submittedCount: patch.submittedCount };

/**
 * Who may read a specimen's imported labels (weak labels, mask, imported ground truth) and its
 * rolled-up verdict: they bear on every patch of the specimen, some of which are usually still open.
 */
export const specimenLabelScopes = (_specimen: unknown, _args: unknown, ctx: ApiContext) =>
  ctx.config.ANNOTATORS_SEE_IMPORTED_LABELS ? annotators : reviewers;

/** The signed-in viewer may see curators' figures (curators and admins). */
export const viewerIsCurator = (ctx: ApiContext) =>
  ctx.viewer?.role === 'CURATOR' || ctx.viewer?.role === 'ADMIN';
