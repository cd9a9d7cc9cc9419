import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../../graphql/builder';
import { notFound } from '../../shared/domain-error';
import { AnnotationInput, annotationInputOf } from '../annotations/annotation-input.refs';
import { AnnotationRef } from '../annotations/annotations.refs';
import { recordAudit } from '../audit/audit.service';
import { PatchRef } from '../datasets/dataset.refs';
import { patchSelect } from '../datasets/datasets.dto';
import { topics } from '../events/topics';
import { actorOf, workflowDeps } from '../patch-core/workflow-context';
import { isCurator } from '../patch-core/workflow-deps';
import { ModelProposalRef } from '../queue/queue.refs';
import { activeProposal } from '../queue/work-item.service';
import { annotatorAgreement, datasetAgreement } from './agreement-report.service';
import { annotatorScores } from './annotator-scores.service';
import { setGoldPatch } from './gold-scoring.service';
import type { ReviewEventDto } from './review.dto';
import { AnnotatorAgreementRef, AnnotatorScoreRef, DatasetAgreementRef, ReviewEventRef } from './review.refs';
import { approvePatch, editAndApprove, rejectAnnotation } from './review.service';
import { reviewQueue } from './review-queue.service';
import { refreshSpecimenRollup } from './specimen-rollup.service';

const ReviewFilterEnum = builder.enumType('ReviewFilter', {
  description: 'Which submitted patches a curator wants to see.',
  values: {
    ALL: { description: 'Every submitted patch (low agreement and contradictions first).' },
    LOW_AGREEMENT: { description: 'Only patches whose annotators disagree.' },
    CONTRADICTS_SPECIMEN: { description: 'Only patches contradicting their specimen’s verdict.' },
  } as const,
});

// What the model proposed for a patch under review, beside the annotators' submissions: a curator
// judges the work against it (annotators get theirs with the work item).
builder.objectField(PatchRef, 'proposal', (t) =>
  t.field({
    type: ModelProposalRef,
    nullable: true,
    description: 'The active model’s latest proposal for this patch, if any (curators and admins only).',
    authScopes: { curator: true },
    resolve: (p, _a, ctx) => activeProposal(ctx.db, p.id),
  }),
);

builder.queryFields((t) => ({
  reviewQueue: t.connection({
    type: PatchRef,
    description:
      'Submitted patches waiting for your review: low agreement first, then specimen contradictions, then oldest. Patches you labelled are left out unless ALLOW_SELF_REVIEW is set.',
    authScopes: { curator: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset.' }),
      filter: t.arg({ type: ReviewFilterEnum, required: false, description: 'Narrow the queue.' }),
    },
    resolve: (_r, args, ctx) =>
      resolveOffsetConnection({ args, defaultSize: 50, maxSize: 200 }, ({ offset, limit }) =>
        reviewQueue(
          ctx.db,
          { actor: actorOf(ctx), allowSelfReview: ctx.config.ALLOW_SELF_REVIEW },
          String(args.datasetId),
          args.filter ?? 'ALL',
          { offset, limit },
        ),
      ),
  }),
  annotatorAgreement: t.field({
    type: [AnnotatorAgreementRef],
    description: 'Per-annotator agreement with co-annotators (admins).',
    authScopes: { admin: true },
    args: { datasetId: t.arg.id({ description: 'Dataset.' }) },
    resolve: (_r, args, ctx) => annotatorAgreement(ctx.db, ctx.store, String(args.datasetId)),
  }),
  datasetAgreement: t.field({
    type: DatasetAgreementRef,
    description:
      'Dataset-wide agreement over patches labelled by two or more annotators: Fleiss’ kappa and Krippendorff’s alpha with 95 % intervals (curators).',
    authScopes: { curator: true },
    args: { datasetId: t.arg.id({ description: 'Dataset.' }) },
    resolve: (_r, args, ctx) => datasetAgreement(ctx.db, String(args.datasetId)),
  }),
  annotatorScores: t.field({
    type: [AnnotatorScoreRef],
    description: 'Per annotator: scores against gold patches and against the curated consensus (curators).',
    authScopes: { curator: true },
    args: { datasetId: t.arg.id({ description: 'Dataset.' }) },
    resolve: (_r, args, ctx) => annotatorScores(ctx.db, String(args.datasetId)),
  }),
}));

builder.mutationFields((t) => ({
  approvePatch: t.field({
    type: AnnotationRef,
    description:
      'Approves a submitted patch; name the annotation when several were submitted. SELF_REVIEW if you labelled the patch.',
    authScopes: { curator: true },
    args: {
      patchId: t.arg.id({ description: 'The patch.' }),
      annotationId: t.arg.id({ required: false, description: 'The submission to approve.' }),
    },
    resolve: (_r, args, ctx) =>
      approvePatch(
        workflowDeps(ctx),
        actorOf(ctx),
        String(args.patchId),
        args.annotationId ? String(args.annotationId) : null,
      ),
  }),
  setGoldPatch: t.field({
    type: PatchRef,
    description:
      'Marks an approved patch as gold (served blind to annotators at the dataset’s gold rate, their submissions scored against it), or takes the mark away.',
    authScopes: { curator: true },
    args: {
      patchId: t.arg.id({ description: 'An approved patch.' }),
      gold: t.arg.boolean({ description: 'Gold or not.' }),
    },
    resolve: async (_r, args, ctx) => {
      const patchId = String(args.patchId);
      const actor = actorOf(ctx);
      await ctx.db.$transaction((tx) => setGoldPatch(tx, actor, patchId, args.gold, ctx.requestId));
      return ctx.db.patch.findUniqueOrThrow({ where: { id: patchId }, select: patchSelect });
    },
  }),
  rejectAnnotation: t.field({
    type: AnnotationRef,
    description:
      'Returns a submitted annotation to its author with a comment; their next claimNext serves it first. SELF_REVIEW if you labelled the patch.',
    authScopes: { curator: true },
    args: {
      annotationId: t.arg.id({ description: 'The submission to return.' }),
      comment: t.arg.string({ description: 'What to fix.' }),
    },
    resolve: (_r, args, ctx) =>
      rejectAnnotation(workflowDeps(ctx), actorOf(ctx), String(args.annotationId), args.comment),
  }),
  editAndApprove: t.field({
    type: AnnotationRef,
    description:
      'Your corrected labels (and mask) become the approved annotation of the patch. SELF_REVIEW if you labelled the patch.',
    authScopes: { curator: true },
    args: {
      input: t.arg({
        type: AnnotationInput,
        description: 'Corrected labels; a mask, or fromAnnotationId to keep one.',
      }),
      fromAnnotationId: t.arg.id({
        required: false,
        description: 'Submission whose mask to keep when no mask is given.',
      }),
    },
    resolve: (_r, args, ctx) =>
      editAndApprove(
        workflowDeps(ctx),
        actorOf(ctx),
        annotationInputOf(args.input),
        args.fromAnnotationId ? String(args.fromAnnotationId) : null,
      ),
  }),
  refreshSpecimenRollup: t.field({
    type: 'JSON',
    description:
      'Recomputes a specimen’s rolled-up verdict and contradiction flags now (they also update on every submission and review).',
    authScopes: { curator: true },
    args: { specimenId: t.arg.id({ description: 'The specimen.' }) },
    resolve: async (_r, args, ctx) => {
      const specimenId = String(args.specimenId);
      const actor = actorOf(ctx);
      return ctx.db.$transaction(async (tx) => {
        const exists = await tx.specimen.findUnique({ where: { id: specimenId }, select: { id: true } });
        if (!exists) throw notFound('Specimen', specimenId);
        const rollup = await refreshSpecimenRollup(tx, specimenId);
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'specimen.rollup',
          entityType: 'Specimen',
          entityId: specimenId,
          after: rollup,
          requestId: ctx.requestId,
        });
        return rollup;
      });
    },
  }),
}));

builder.subscriptionFields((t) => ({
  patchReviewed: t.field({
    type: ReviewEventRef,
    description: 'Review decisions: on patches you annotated, or (curators) on any patch of the dataset.',
    authScopes: { annotator: true },
    args: { datasetId: t.arg.id({ description: 'Dataset.' }) },
    subscribe: (_r, args, ctx) => {
      const actor = actorOf(ctx);
      const datasetId = String(args.datasetId);
      return ctx.events.subscribe(
        topics.patchReview,
        (p) =>
          p.datasetId === datasetId &&
          (isCurator(actor) || (p.authorIds as string[] | undefined)?.includes(actor.id) === true),
      );
    },
    resolve: (payload) => payload as unknown as ReviewEventDto,
  }),
}));
