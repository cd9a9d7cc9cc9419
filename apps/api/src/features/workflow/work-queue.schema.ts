import { builder } from '../../graphql/builder';
import { saveDraft, submitAnnotation } from './annotation.service';
import { heartbeat, releaseLease, skipPatch, sweepExpiredLeases } from './lease.service';
import { claimNext } from './work-queue.service';
import { AnnotationRef, WorkItemRef, WorkLeaseRef } from './workflow.refs';
import { actorOf, workflowDeps } from './workflow-context';
import { AnnotationInput, annotationInputOf } from './workflow-inputs';

builder.mutationFields((t) => ({
  claimNext: t.field({
    type: WorkItemRef,
    description:
      'The next patch for you to label, under a lease: your returned work first, then started consensus patches, then the queue by priority. Repeating the call resumes your current lease. QUEUE_EMPTY when nothing is left.',
    authScopes: { annotator: true },
    args: { datasetId: t.arg.id({ description: 'Dataset to work on.' }) },
    resolve: (_r, args, ctx) => claimNext(workflowDeps(ctx), actorOf(ctx), String(args.datasetId)),
  }),
  heartbeat: t.field({
    type: WorkLeaseRef,
    description: 'Extends your live lease; LEASE_LOST if it already ended.',
    authScopes: { annotator: true },
    args: { leaseId: t.arg.id({ description: 'Your lease.' }) },
    resolve: (_r, args, ctx) => heartbeat(workflowDeps(ctx), actorOf(ctx), String(args.leaseId)),
  }),
  releaseLease: t.field({
    type: WorkLeaseRef,
    description: 'Gives the patch back to the queue; your draft is kept.',
    authScopes: { annotator: true },
    args: { leaseId: t.arg.id({ description: 'Your lease.' }) },
    resolve: (_r, args, ctx) => releaseLease(workflowDeps(ctx), actorOf(ctx), String(args.leaseId)),
  }),
  skipPatch: t.field({
    type: WorkLeaseRef,
    description: 'Gives the patch back and never serves it to you again.',
    authScopes: { annotator: true },
    args: {
      leaseId: t.arg.id({ description: 'Your lease.' }),
      reason: t.arg.string({ description: 'Why (e.g. "out of focus").' }),
    },
    resolve: (_r, args, ctx) =>
      skipPatch(workflowDeps(ctx), actorOf(ctx), String(args.leaseId), args.reason.slice(0, 500)),
  }),
  saveDraft: t.field({
    type: AnnotationRef,
    description:
      'Saves your work in progress as a new revision. STALE_VERSION (with currentVersion) if it changed meanwhile.',
    authScopes: { annotator: true },
    args: { input: t.arg({ type: AnnotationInput, description: 'Labels and mask.' }) },
    resolve: (_r, args, ctx) => saveDraft(workflowDeps(ctx), actorOf(ctx), annotationInputOf(args.input)),
  }),
  submitAnnotation: t.field({
    type: AnnotationRef,
    description:
      'Submits your annotation and ends the lease. LEASE_LOST if the lease ended (your work is kept as a draft).',
    authScopes: { annotator: true },
    args: { input: t.arg({ type: AnnotationInput, description: 'Labels and mask; leaseId required.' }) },
    resolve: (_r, args, ctx) =>
      submitAnnotation(workflowDeps(ctx), actorOf(ctx), annotationInputOf(args.input)),
  }),
  sweepExpiredLeases: t.int({
    description:
      'Ends expired leases and returns their patches to the queue now (claims also do it lazily); returns how many ended.',
    authScopes: { admin: true },
    resolve: (_r, _a, ctx) => sweepExpiredLeases(ctx.db, actorOf(ctx).id),
  }),
}));
