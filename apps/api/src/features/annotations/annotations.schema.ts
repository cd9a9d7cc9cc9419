import { builder } from '../../graphql/builder';
import { cursorPage } from '../../graphql/pagination';
import { topics } from '../events/topics';
import { actorOf, workflowDeps } from '../patch-core/workflow-context';
import { saveDraft, submitAnnotation } from './annotation.service';
import { AnnotationInput, annotationInputOf } from './annotation-input.refs';
import {
  annotationById,
  myAnnotations,
  myReturnedWork,
  patchAnnotations,
} from './annotation-queries.service';
import type { AnnotationDto } from './annotations.dto';
import { AnnotationRef, AnnotationStatusEnum } from './annotations.refs';

builder.mutationFields((t) => ({
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
}));

builder.queryFields((t) => ({
  myAnnotations: t.connection({
    type: AnnotationRef,
    description: 'Your own annotations (drafts included), most recently changed first.',
    authScopes: { annotator: true },
    args: {
      datasetId: t.arg.id({ required: false, description: 'Only this dataset.' }),
      status: t.arg({ type: AnnotationStatusEnum, required: false, description: 'Only this status.' }),
    },
    resolve: (_r, args, ctx) =>
      cursorPage(
        args,
        (a: AnnotationDto) => a.id,
        (page) =>
          myAnnotations(
            ctx.db,
            actorOf(ctx),
            { datasetId: args.datasetId ? String(args.datasetId) : null, status: args.status },
            page,
          ),
      ),
  }),
  myReturnedWork: t.field({
    type: [AnnotationRef],
    description:
      'Your annotations a curator sent back and that still wait for you (each has its returnComment).',
    authScopes: { annotator: true },
    args: { datasetId: t.arg.id({ required: false, description: 'Only this dataset.' }) },
    resolve: (_r, args, ctx) =>
      myReturnedWork(ctx.db, actorOf(ctx), args.datasetId ? String(args.datasetId) : null),
  }),
  annotation: t.field({
    type: AnnotationRef,
    description: 'One annotation: your own, or (curators) anyone’s submitted work. Drafts stay private.',
    authScopes: { annotator: true },
    args: { id: t.arg.id({ description: 'Annotation id.' }) },
    resolve: (_r, args, ctx) => annotationById(ctx.db, actorOf(ctx), String(args.id)),
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

builder.subscriptionFields((t) => ({
  myReturnedWork: t.field({
    type: AnnotationRef,
    description: 'Your annotations as curators send them back, with their comment.',
    authScopes: { annotator: true },
    subscribe: (_r, _a, ctx) => {
      const actor = actorOf(ctx);
      return ctx.events.subscribe(topics.returnedWork, (p) => p.authorId === actor.id);
    },
    resolve: (payload, _a, ctx) => annotationById(ctx.db, actorOf(ctx), String(payload.annotationId)),
  }),
}));
