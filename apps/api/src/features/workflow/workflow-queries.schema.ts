import { builder } from '../../graphql/builder';
import { cursorPage } from '../../graphql/pagination';
import { annotatorAgreement, datasetAgreement } from './agreement-report.service';
import { annotationById, myAnnotations, myReturnedWork } from './annotation-queries.service';
import { presence, queueCounts } from './queue-stats.service';
import type { AnnotationDto } from './workflow.dto';
import {
  AnnotationRef,
  AnnotationStatusEnum,
  AnnotatorAgreementRef,
  DatasetAgreementRef,
  PresenceRef,
  QueueCountsRef,
} from './workflow.refs';
import { actorOf } from './workflow-context';

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
  queueCounts: t.field({
    type: QueueCountsRef,
    description: 'Patches per status and live leases of a dataset.',
    authScopes: { annotator: true },
    args: { datasetId: t.arg.id({ description: 'Dataset.' }) },
    resolve: (_r, args, ctx) => queueCounts(ctx.db, String(args.datasetId)),
  }),
  presence: t.field({
    type: [PresenceRef],
    description: 'Who holds which patch of a dataset right now.',
    authScopes: { annotator: true },
    args: { datasetId: t.arg.id({ description: 'Dataset.' }) },
    resolve: (_r, args, ctx) => presence(ctx.db, String(args.datasetId)),
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
    description: 'Dataset-wide agreement: Fleiss’ kappa on pattern and mean per-patch figures (curators).',
    authScopes: { curator: true },
    args: { datasetId: t.arg.id({ description: 'Dataset.' }) },
    resolve: (_r, args, ctx) => datasetAgreement(ctx.db, String(args.datasetId)),
  }),
}));
