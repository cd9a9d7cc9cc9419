import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../../graphql/builder';
import { notFound } from '../../shared/domain-error';
import { recordAudit } from '../audit/audit.service';
import { PatchRef } from '../datasets/dataset.refs';
import { patchAnnotations, reviewQueue } from './annotation-queries.service';
import { approvePatch, editAndApprove, rejectAnnotation } from './review.service';
import { refreshSpecimenRollup } from './specimen-rollup.service';
import { activeProposal } from './work-item.service';
import { AnnotationRef, ModelProposalRef } from './workflow.refs';
import { actorOf, workflowDeps } from './workflow-context';
import { AnnotationInput, annotationInputOf } from './workflow-inputs';

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
  patchAnnotations: t.field({
    type: [AnnotationRef],
    description:
      'Annotations of a patch: curators see all submitted work (and their own drafts); annotators only their own.',
    authScopes: { annotator: true },
    args: { patchId: t.arg.id({ description: 'The patch.' }) },
    resolve: (_r, args, ctx) => patchAnnotations(ctx.db, actorOf(ctx), String(args.patchId)),
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
