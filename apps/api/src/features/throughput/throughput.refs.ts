import { builder } from '../../graphql/builder';
import { IDLE_CAP_SECONDS, MIN_RATE_SECONDS } from './annotator-throughput.service';
import type { AnnotatorThroughputDto } from './throughput.dto';

const DailySubmissionsRef = builder
  .objectRef<AnnotatorThroughputDto['daily'][number]>('DailySubmissions')
  .implement({
    description: 'Submissions of one annotator on one UTC day.',
    fields: (t) => ({
      day: t.exposeString('day', { description: 'The day, YYYY-MM-DD (UTC).' }),
      submitted: t.exposeInt('submitted', { description: 'Patches submitted that day.' }),
    }),
  });

export const AnnotatorThroughputRef = builder
  .objectRef<AnnotatorThroughputDto>('AnnotatorThroughput')
  .implement({
    description:
      'How fast one annotator works on a dataset and how their work fares in review. Times come from work leases (claim to submit).',
    fields: (t) => ({
      userId: t.exposeID('userId', { description: 'The annotator.' }),
      userName: t.exposeString('userName', { description: 'Display name.' }),
      submitted: t.exposeInt('submitted', { description: 'Patches submitted.' }),
      skipped: t.exposeInt('skipped', { description: 'Patches skipped.' }),
      expired: t.exposeInt('expired', { description: 'Claims abandoned until their lease ran out.' }),
      medianSecondsPerPatch: t.exposeFloat('medianSecondsPerPatch', {
        nullable: true,
        description: 'Median time from claim to submission.',
      }),
      p90SecondsPerPatch: t.exposeFloat('p90SecondsPerPatch', {
        nullable: true,
        description: '90th percentile of the time from claim to submission.',
      }),
      activeHours: t.exposeFloat('activeHours', {
        description: `Time on submitted and skipped patches, each counted up to ${IDLE_CAP_SECONDS / 60} minutes (a lease left open over a break does not count the break).`,
      }),
      submissionsPerHour: t.exposeFloat('submissionsPerHour', {
        nullable: true,
        description: `Submitted patches per active hour; null under ${MIN_RATE_SECONDS} s of active time.`,
      }),
      reviewed: t.exposeInt('reviewed', { description: 'Curator decisions on this annotator’s work.' }),
      approved: t.exposeInt('approved', { description: 'Approved, as submitted or after a curator’s edit.' }),
      editedByCurator: t.exposeInt('editedByCurator', {
        description: 'Approved after a curator corrected it (edit and approve).',
      }),
      rejected: t.exposeInt('rejected', { description: 'Sent back with a comment.' }),
      rejectionRate: t.exposeFloat('rejectionRate', {
        nullable: true,
        description: 'rejected / reviewed.',
      }),
      meanProposalDice: t.exposeFloat('meanProposalDice', {
        nullable: true,
        description:
          'Mean Dice between the model’s proposed mask and the submitted one (1 = proposals kept as they were), over submissions that started from a proposal.',
      }),
      meanReviewDice: t.exposeFloat('meanReviewDice', {
        nullable: true,
        description:
          'Mean Dice between this annotator’s submitted masks and the masks their patches were approved with (1 = curators kept them as they were; lower = curators had to redraw), over approved patches with masks.',
      }),
      lastActiveAt: t.expose('lastActiveAt', {
        type: 'DateTime',
        nullable: true,
        description: 'When a lease of this annotator last ended.',
      }),
      daily: t.field({
        type: [DailySubmissionsRef],
        description: 'Submissions per UTC day of the window, oldest first, zeros included.',
        resolve: (row) => row.daily,
      }),
    }),
  });
