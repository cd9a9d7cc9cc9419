import { builder } from '../../graphql/builder';
import { topics } from '../events/topics';
import { annotationById } from './annotation-queries.service';
import { coalesceBursts, LIVE_COUNTS_WINDOW_MS } from './live-coalescing';
import { presence, queueCounts } from './queue-stats.service';
import type { ReviewEventDto } from './workflow.dto';
import { AnnotationRef, PresenceRef, QueueCountsRef, ReviewEventRef } from './workflow.refs';
import { actorOf } from './workflow-context';
import { isCurator } from './workflow-deps';

const forDataset = (datasetId: string) => (payload: Record<string, unknown>) =>
  payload.datasetId === datasetId;

builder.subscriptionFields((t) => ({
  queueCounts: t.field({
    type: QueueCountsRef,
    description:
      'Queue counts of a dataset, re-sent after claims, submissions and reviews (bursts coalesced: at most one update a second).',
    authScopes: { annotator: true },
    args: { datasetId: t.arg.id({ description: 'Dataset.' }) },
    subscribe: (_r, args, ctx) =>
      coalesceBursts(
        ctx.events.subscribe(topics.queueCounts, forDataset(String(args.datasetId))),
        LIVE_COUNTS_WINDOW_MS,
      ),
    resolve: (_p, args, ctx) => queueCounts(ctx.db, String(args.datasetId)),
  }),
  presence: t.field({
    type: [PresenceRef],
    description:
      'Who holds which patch of a dataset, re-sent when leases start or end (bursts coalesced: at most one update a second).',
    authScopes: { annotator: true },
    args: { datasetId: t.arg.id({ description: 'Dataset.' }) },
    subscribe: (_r, args, ctx) =>
      coalesceBursts(
        ctx.events.subscribe(topics.presence, forDataset(String(args.datasetId))),
        LIVE_COUNTS_WINDOW_MS,
      ),
    resolve: (_p, args, ctx) => presence(ctx.db, String(args.datasetId)),
  }),
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
