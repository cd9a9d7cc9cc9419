import { builder } from '../../graphql/builder';
import { topics } from '../events/topics';
import { actorOf, workflowDeps } from '../patch-core/workflow-context';
import {
  heartbeat,
  LEAVE_GRACE_SECONDS,
  leaveLease,
  releaseLease,
  skipPatch,
  sweepExpiredLeases,
} from './lease.service';
import { coalesceBursts, LIVE_COUNTS_WINDOW_MS } from './live-coalescing';
import { PresenceRef, QueueCountsRef, WorkItemRef, WorkLeaseRef } from './queue.refs';
import { presence, queueCounts } from './queue-stats.service';
import { claimNext } from './work-queue.service';

const forDataset = (datasetId: string) => (payload: Record<string, unknown>) =>
  payload.datasetId === datasetId;

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
  leaveLease: t.field({
    type: WorkLeaseRef,
    description: `Your tab is closing or reloading: the lease ends within ${LEAVE_GRACE_SECONDS} s unless claimNext resumes it or a heartbeat extends it (never lengthens it). LEASE_LOST if it already ended.`,
    authScopes: { annotator: true },
    args: { leaseId: t.arg.id({ description: 'Your lease.' }) },
    resolve: (_r, args, ctx) => leaveLease(workflowDeps(ctx), actorOf(ctx), String(args.leaseId)),
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
  sweepExpiredLeases: t.int({
    description:
      'Ends expired leases and returns their patches to the queue now (claims also do it lazily); returns how many ended.',
    authScopes: { admin: true },
    resolve: (_r, _a, ctx) => sweepExpiredLeases(ctx.db, actorOf(ctx).id),
  }),
}));

builder.queryFields((t) => ({
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
}));

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
}));
