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

/** Who may read a patch's agreement figures (agreement, low agreement, contradiction of its specimen). */
export const patchAgreementScopes = (patch: { status: PatchStatus }, _args: unknown, ctx: ApiContext) =>
  ctx.config.ANNOTATORS_SEE_IMPORTED_LABELS || !STILL_LABELLED.has(patch.status) ? annotators : reviewers;

/**
 * Who may read a specimen's imported labels (weak labels, mask, imported ground truth) and its
 * rolled-up verdict: they bear on every patch of the specimen, some of which are usually still open.
 */
export const specimenLabelScopes = (_specimen: unknown, _args: unknown, ctx: ApiContext) =>
  ctx.config.ANNOTATORS_SEE_IMPORTED_LABELS ? annotators : reviewers;
