import { argmax, classLabelIds, loadTaxonomy } from '@hep2/db/labels';
import { builder } from '../../graphql/builder';
import type { ApiContext } from '../../graphql/context';
import { AnnotationRef } from '../annotations/annotations.refs';
import { IntensityLevelRef, PatchRef, PatternClassRef } from '../datasets/dataset.refs';
import { intensityLevelById, patternClassById } from '../datasets/dataset-lookups';
import { presignRead } from '../datasets/presign';
import type { LeaseDto, PresenceDto, ProposalDto, QueueCountsDto } from './queue.dto';
import type { WorkItemDto } from './work-item.service';

const LeaseEndEnum = builder.enumType('LeaseEnd', {
  description: 'How a lease ended.',
  values: {
    SUBMITTED: { description: 'The holder submitted.' },
    SKIPPED: { description: 'The holder skipped the patch (never served to them again).' },
    EXPIRED: { description: 'No heartbeat before the expiry.' },
    RELEASED: { description: 'The holder gave the patch back.' },
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
