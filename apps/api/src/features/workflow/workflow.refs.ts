import { argmax, classLabelIds, loadTaxonomy } from '@hep2/db/labels';
import { builder } from '../../graphql/builder';
import type { ApiContext } from '../../graphql/context';
import { IntensityLevelRef, PatchRef, PatternClassRef } from '../datasets/dataset.refs';
import { intensityLevelById, patchById, patternClassById } from '../datasets/dataset-lookups';
import { annotationMaskUrl, presignRead } from '../datasets/presign';
import type { AnnotatorAgreementDto, DatasetAgreementDto } from './agreement-report.service';
import { revisions } from './annotation-queries.service';
import type { WorkItemDto } from './work-item.service';
import type {
  AnnotationDto,
  LeaseDto,
  PresenceDto,
  ProposalDto,
  QueueCountsDto,
  ReviewEventDto,
  RevisionDto,
} from './workflow.dto';

export const AnnotationStatusEnum = builder.enumType('AnnotationStatus', {
  description: 'Where an annotation is in its life.',
  values: {
    DRAFT: { description: 'Work in progress, visible only to its author.' },
    SUBMITTED: { description: 'Handed in; waiting for review.' },
    APPROVED: { description: 'Accepted by a curator: training may use it.' },
    REJECTED: { description: 'Sent back to its author with a comment.' },
    SUPERSEDED: { description: 'Replaced by a newer annotation of the same author.' },
  } as const,
});

const AnnotationSourceEnum = builder.enumType('AnnotationSource', {
  description: 'Who produced an annotation.',
  values: {
    HUMAN: { description: 'A person in the editor.' },
    MODEL: { description: 'A model prediction offered as a pre-label.' },
    IMPORT: {
      description: "Expert ground truth from a curated import: approved, no author, never a person's work.",
    },
  } as const,
});

const LeaseEndEnum = builder.enumType('LeaseEnd', {
  description: 'How a lease ended.',
  values: {
    SUBMITTED: { description: 'The holder submitted.' },
    SKIPPED: { description: 'The holder skipped the patch (never served to them again).' },
    EXPIRED: { description: 'No heartbeat before the expiry.' },
    RELEASED: { description: 'The holder gave the patch back.' },
  } as const,
});

export const ReviewDecisionEnum = builder.enumType('ReviewDecision', {
  description: 'A curator’s decision.',
  values: {
    APPROVE: { description: 'Approved as submitted.' },
    REJECT: { description: 'Returned to the author with a comment.' },
    EDIT_APPROVE: { description: 'Corrected by the curator and approved.' },
  } as const,
});

export const WorkLeaseRef = builder.objectRef<LeaseDto>('WorkLease').implement({
  description: 'An annotator’s time-limited hold on a patch; heartbeats extend it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    patchId: t.exposeID('patchId', { description: 'The patch held.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When it ends without a heartbeat.' }),
    heartbeatAt: t.expose('heartbeatAt', { type: 'DateTime', description: 'Last heartbeat.' }),
    endedAt: t.expose('endedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it ended, if it did.',
    }),
    endReason: t.expose('endReason', { type: LeaseEndEnum, nullable: true, description: 'How it ended.' }),
    skipReason: t.exposeString('skipReason', { nullable: true, description: 'Why the patch was skipped.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the patch was handed out.' }),
  }),
});

const patternById = (id: string | null, ctx: Parameters<typeof presignRead>[0]) =>
  id ? patternClassById(ctx, id) : null;
const levelById = (id: string | null, ctx: Parameters<typeof presignRead>[0]) =>
  id ? intensityLevelById(ctx, id) : null;

export const AnnotationRevisionRef = builder.objectRef<RevisionDto>('AnnotationRevision').implement({
  description: 'One saved state of an annotation (append-only history).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    version: t.exposeInt('version', { description: 'Annotation version this state had.' }),
    status: t.expose('status', { type: AnnotationStatusEnum, description: 'Status at that version.' }),
    patternClassId: t.exposeID('patternClassId', { nullable: true, description: 'Pattern at that version.' }),
    intensityLevelId: t.exposeID('intensityLevelId', {
      nullable: true,
      description: 'Intensity at that version.',
    }),
    maskUrl: t.string({
      nullable: true,
      description:
        'Short-lived URL of the mask at that version; a data: URL while the mask is still on its way to the object store.',
      resolve: (r, _a, ctx) => annotationMaskUrl(ctx, r.maskKey),
    }),
    editedById: t.exposeID('editedById', { nullable: true, description: 'Who saved it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was saved.' }),
  }),
});

export const AnnotationRef = builder.objectRef<AnnotationDto>('Annotation').implement({
  description: 'A person’s labels for one patch: pattern, intensity and a cell mask.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    patchId: t.exposeID('patchId', { description: 'The patch labelled.' }),
    authorId: t.exposeID('authorId', { nullable: true, description: 'Who labelled it.' }),
    source: t.expose('source', { type: AnnotationSourceEnum, description: 'Human, model or import.' }),
    status: t.expose('status', { type: AnnotationStatusEnum, description: 'Where it is in review.' }),
    patternClass: t.field({
      type: PatternClassRef,
      nullable: true,
      description: 'Staining pattern.',
      resolve: (a, _x, ctx) => patternById(a.patternClassId, ctx),
    }),
    intensityLevel: t.field({
      type: IntensityLevelRef,
      nullable: true,
      description: 'Intensity.',
      resolve: (a, _x, ctx) => levelById(a.intensityLevelId, ctx),
    }),
    maskUrl: t.string({
      nullable: true,
      description:
        'Short-lived URL of the mask PNG (0/255); a data: URL while the mask is still on its way to the object store (just after a save, or while the store is down).',
      resolve: (a, _x, ctx) => annotationMaskUrl(ctx, a.maskKey),
    }),
    maskArea: t.exposeInt('maskArea', { nullable: true, description: 'Foreground pixels of the mask.' }),
    modelVersionId: t.exposeID('modelVersionId', {
      nullable: true,
      description: 'Model version whose proposal it started from.',
    }),
    predictionId: t.exposeID('predictionId', {
      nullable: true,
      description: 'The proposal it started from.',
    }),
    proposalDice: t.exposeFloat('proposalDice', {
      nullable: true,
      description: 'Dice between the proposal and this mask (1 = unchanged).',
    }),
    returnComment: t.exposeString('returnComment', {
      nullable: true,
      description: 'The curator’s comment when it was returned.',
    }),
    version: t.exposeInt('version', {
      description: 'Optimistic-concurrency version; send it with the next save.',
    }),
    submittedAt: t.expose('submittedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'First submission.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'Creation time.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Last change.' }),
    patch: t.field({
      type: PatchRef,
      description: 'The patch labelled.',
      resolve: (a, _x, ctx) => patchById(ctx, a.patchId),
    }),
    revisions: t.field({
      type: [AnnotationRevisionRef],
      description: 'Every saved state, oldest first.',
      resolve: (a, _x, ctx) => revisions(ctx.db, a.id),
    }),
  }),
});

/** The label a prediction's most probable class stands for (the taxonomy is read once a request). */
async function predictedLabelId(
  ctx: ApiContext,
  datasetId: string,
  head: 'pattern' | 'intensity',
  probs: readonly number[],
): Promise<string | null> {
  const ids = await ctx.once(`class-label-ids:${datasetId}`, async () =>
    classLabelIds(await loadTaxonomy(ctx.db, datasetId)),
  );
  return ids[head][argmax(probs)] ?? null;
}

export const ModelProposalRef = builder.objectRef<ProposalDto>('ModelProposal').implement({
  description: 'The active model’s prediction for a patch, offered as an editable pre-label.',
  fields: (t) => ({
    predictionId: t.exposeID('id', {
      description: 'Prediction id; send it with saves to record how much you changed it.',
    }),
    modelVersionId: t.exposeID('modelVersionId', { description: 'Model version that made it.' }),
    modelVersionNumber: t.int({
      description: 'Model version number.',
      resolve: (p) => p.modelVersion.number,
    }),
    method: t.exposeString('method', { description: 'Inference method, e.g. "deterministic".' }),
    maskUrl: t.string({
      nullable: true,
      description: 'Short-lived URL of the proposed mask.',
      resolve: (p, _a, ctx) => presignRead(ctx, p.maskKey),
    }),
    patternProbs: t.exposeFloatList('patternProbs', {
      description: 'Calibrated pattern probabilities in class order.',
    }),
    intensityProbs: t.exposeFloatList('intensityProbs', {
      description:
        'Calibrated intensity probabilities in the head’s class order (BINARY: intermediate, positive).',
    }),
    patternEntropy: t.exposeFloat('patternEntropy', { description: 'Pattern uncertainty.' }),
    intensityEntropy: t.exposeFloat('intensityEntropy', { description: 'Intensity uncertainty.' }),
    maskEntropy: t.exposeFloat('maskEntropy', { description: 'Mean pixel uncertainty of the mask.' }),
    patternClass: t.field({
      type: PatternClassRef,
      nullable: true,
      description: 'Most probable pattern.',
      resolve: async (p, _a, ctx) => {
        const id = await predictedLabelId(ctx, p.modelVersion.datasetId, 'pattern', p.patternProbs);
        return id ? patternClassById(ctx, id) : null;
      },
    }),
    intensityLevel: t.field({
      type: IntensityLevelRef,
      nullable: true,
      description: 'Most probable intensity.',
      resolve: async (p, _a, ctx) => {
        const id = await predictedLabelId(ctx, p.modelVersion.datasetId, 'intensity', p.intensityProbs);
        return id ? intensityLevelById(ctx, id) : null;
      },
    }),
  }),
});

export const WorkItemRef = builder.objectRef<WorkItemDto>('WorkItem').implement({
  description: 'A patch handed to an annotator: the lease, the patch, the model’s proposal and their draft.',
  fields: (t) => ({
    lease: t.field({
      type: WorkLeaseRef,
      description: 'The hold on the patch; heartbeat to keep it.',
      resolve: (w) => w.lease,
    }),
    patch: t.field({ type: PatchRef, description: 'The patch to label.', resolve: (w) => w.patch }),
    proposal: t.field({
      type: ModelProposalRef,
      nullable: true,
      description: 'The active model’s proposal, if any.',
      resolve: (w) => w.proposal,
    }),
    draft: t.field({
      type: AnnotationRef,
      nullable: true,
      description: 'Your own draft or returned annotation, if any.',
      resolve: (w) => w.draft,
    }),
    returnComment: t.exposeString('returnComment', {
      nullable: true,
      description: 'The curator’s comment when this is returned work.',
    }),
  }),
});

export const QueueCountsRef = builder.objectRef<QueueCountsDto>('QueueCounts').implement({
  description: 'Patches per workflow status of one dataset, and live leases.',
  fields: (t) => ({
    datasetId: t.exposeID('datasetId', { description: 'Dataset.' }),
    queued: t.exposeInt('queued', { description: 'Waiting for annotators.' }),
    inProgress: t.exposeInt('inProgress', { description: 'Held or partly annotated.' }),
    submitted: t.exposeInt('submitted', { description: 'Waiting for review.' }),
    returned: t.exposeInt('returned', { description: 'Sent back to annotators.' }),
    approved: t.exposeInt('approved', { description: 'Curated.' }),
    archived: t.exposeInt('archived', { description: 'Excluded.' }),
    lowAgreement: t.exposeInt('lowAgreement', { description: 'Submitted with low agreement.' }),
    activeLeases: t.exposeInt('activeLeases', { description: 'Patches someone holds right now.' }),
  }),
});

export const PresenceRef = builder.objectRef<PresenceDto>('PresenceEntry').implement({
  description: 'Who is working on which patch right now.',
  fields: (t) => ({
    userId: t.exposeID('userId', { description: 'The annotator.' }),
    userName: t.exposeString('userName', { description: 'Their display name.' }),
    patchId: t.exposeID('patchId', { description: 'The patch they hold.' }),
    leaseId: t.exposeID('leaseId', { description: 'Their lease.' }),
    since: t.expose('since', { type: 'DateTime', description: 'When they took it.' }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      description: 'When the lease ends without a heartbeat.',
    }),
  }),
});

export const ReviewEventRef = builder.objectRef<ReviewEventDto>('PatchReviewEvent').implement({
  description: 'A curator decided on a patch.',
  fields: (t) => ({
    patchId: t.exposeID('patchId', { description: 'The patch.' }),
    datasetId: t.exposeID('datasetId', { description: 'Its dataset.' }),
    decision: t.expose('decision', { type: ReviewDecisionEnum, description: 'The decision.' }),
    annotationId: t.exposeID('annotationId', { nullable: true, description: 'The annotation decided on.' }),
    comment: t.exposeString('comment', { nullable: true, description: 'The curator’s comment.' }),
  }),
});

export const AnnotatorAgreementRef = builder
  .objectRef<AnnotatorAgreementDto>('AnnotatorAgreement')
  .implement({
    description: 'How well one annotator agrees with co-annotators of the same patches.',
    fields: (t) => ({
      userId: t.exposeID('userId', { description: 'The annotator.' }),
      userName: t.exposeString('userName', { description: 'Display name.' }),
      patches: t.exposeInt('patches', { description: 'Patches shared with someone else.' }),
      patternKappa: t.exposeFloat('patternKappa', {
        nullable: true,
        description: 'Cohen’s kappa on pattern, pooled over co-annotators.',
      }),
      intensityKappa: t.exposeFloat('intensityKappa', {
        nullable: true,
        description: 'Weighted kappa on intensity (linear for ordinal).',
      }),
      patternAgreementRate: t.exposeFloat('patternAgreementRate', {
        nullable: true,
        description: 'Share of pairs with the same pattern.',
      }),
      maskDice: t.exposeFloat('maskDice', {
        nullable: true,
        description:
          'Mean Dice of this annotator’s mask against each co-annotator’s on shared patches (a missing mask counts as empty).',
      }),
      maskIoU: t.exposeFloat('maskIoU', {
        nullable: true,
        description: 'Mean IoU (Jaccard) over the same pairs.',
      }),
    }),
  });

export const DatasetAgreementRef = builder.objectRef<DatasetAgreementDto>('DatasetAgreement').implement({
  description: 'Agreement across a dataset’s multiply-annotated patches.',
  fields: (t) => ({
    patternFleissKappa: t.exposeFloat('patternFleissKappa', {
      nullable: true,
      description: 'Fleiss’ kappa on pattern (patches with k ratings).',
    }),
    patches: t.exposeInt('patches', { description: 'Patches in the Fleiss figure.' }),
    meanPatternAgreement: t.exposeFloat('meanPatternAgreement', {
      nullable: true,
      description:
        'Mean per-patch chance-corrected pattern agreement (kappa scale: 1 perfect, 0 as by chance, below 0 worse).',
    }),
    meanIntensityAgreement: t.exposeFloat('meanIntensityAgreement', {
      nullable: true,
      description: 'Mean per-patch chance-corrected intensity agreement (weighted kappa scale).',
    }),
    meanMaskDice: t.exposeFloat('meanMaskDice', {
      nullable: true,
      description: 'Mean per-patch pairwise mask Dice.',
    }),
  }),
});
