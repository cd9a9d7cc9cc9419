import { builder } from '../../graphql/builder';
import { PatchRef } from '../datasets/dataset.refs';
import { presignRead } from '../datasets/presign';
import { actorOf } from '../patch-core/workflow-context';
import { ModelProposalRef } from './queue.refs';
import {
  probabilityKeyOf,
  UPCOMING_MAX,
  type UpcomingPatchDto,
  upcomingPatches,
} from './upcoming-patches.service';

const UpcomingQueueEnum = builder.enumType('UpcomingQueue', {
  description: 'Which part of the queue order an upcoming patch comes from.',
  values: {
    RETURNED: { description: 'Your work a curator sent back.' },
    STARTED: { description: 'A patch others started that still needs annotators.' },
    QUEUED: { description: 'The queue by priority.' },
  } as const,
});

const UpcomingPatchRef = builder.objectRef<UpcomingPatchDto>('UpcomingPatch').implement({
  description: 'A patch claimNext will probably serve you soon (a guess for prefetching, not a reservation).',
  fields: (t) => ({
    patch: t.field({
      type: PatchRef,
      description: 'The patch, with its image URL.',
      resolve: (u) => u.patch,
    }),
    proposal: t.field({
      type: ModelProposalRef,
      nullable: true,
      description: 'The active model’s proposal, with its mask URL, if any.',
      resolve: (u) => u.proposal,
    }),
    queue: t.field({
      type: UpcomingQueueEnum,
      description: 'Where in the queue order it comes from.',
      resolve: (u) => u.queue,
    }),
  }),
});

builder.queryFields((t) => ({
  upcomingPatches: t.field({
    type: [UpcomingPatchRef],
    description: `The next patches claimNext would most likely serve you, in order, without claiming them (no lease, nothing written): prefetch their images. Your current patch is left out. At most ${UPCOMING_MAX}.`,
    authScopes: { annotator: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset you are labeling.' }),
      first: t.arg.int({ required: false, description: `How many (default 2, at most ${UPCOMING_MAX}).` }),
    },
    resolve: (_r, args, ctx) =>
      upcomingPatches(ctx.db, actorOf(ctx), String(args.datasetId), args.first ?? 2),
  }),
}));

// What the editor loads with a proposal: the per-pixel map behind the thresholded mask.
builder.objectField(ModelProposalRef, 'maskProbabilityUrl', (t) =>
  t.string({
    nullable: true,
    description:
      'Short-lived URL of the mask’s per-pixel probabilities (8-bit grey PNG, p × 255); predictions scored before these maps were stored have none (the URL then answers 404).',
    resolve: (p, _a, ctx) => presignRead(ctx, probabilityKeyOf(p.maskKey)),
  }),
);
