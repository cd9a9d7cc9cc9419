import { builder } from '../../graphql/builder';
import { actorOf } from '../patch-core/workflow-context';
import { annotatorThroughput, ownThroughput, THROUGHPUT_MAX_DAYS } from './annotator-throughput.service';
import { AnnotatorThroughputRef } from './throughput.refs';

/** Admins compare a week; an annotator glances at today. */
const TEAM_DAYS = 7;
const OWN_DAYS = 1;

builder.queryFields((t) => ({
  annotatorThroughput: t.field({
    type: [AnnotatorThroughputRef],
    description:
      'Per-annotator speed and review outcomes on a dataset over the last `days` calendar days (UTC, today included), by name (admins).',
    authScopes: { admin: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset.' }),
      days: t.arg.int({
        required: false,
        defaultValue: TEAM_DAYS,
        description: `Window length in days, 1 to ${THROUGHPUT_MAX_DAYS}.`,
      }),
    },
    resolve: (_r, args, ctx) => annotatorThroughput(ctx.db, String(args.datasetId), args.days ?? TEAM_DAYS),
  }),
  myThroughput: t.field({
    type: AnnotatorThroughputRef,
    nullable: true,
    description:
      'Your own speed and review outcomes over the last `days` calendar days (UTC, today included): on one dataset, or on all. Null before any work in the window.',
    authScopes: { annotator: true },
    args: {
      datasetId: t.arg.id({ required: false, description: 'Only this dataset.' }),
      days: t.arg.int({
        required: false,
        defaultValue: OWN_DAYS,
        description: `Window length in days, 1 to ${THROUGHPUT_MAX_DAYS}.`,
      }),
    },
    resolve: (_r, args, ctx) =>
      ownThroughput(
        ctx.db,
        actorOf(ctx).id,
        args.datasetId ? String(args.datasetId) : null,
        args.days ?? OWN_DAYS,
      ),
  }),
}));
