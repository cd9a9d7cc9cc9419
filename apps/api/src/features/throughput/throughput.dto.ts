/**
 * How fast an annotator works (on one dataset, or on all for their own figures) and how their work
 * fares in review, over the last `days` calendar days (UTC, today included). Time comes from work
 * leases: a lease starts when the patch is claimed and ends when it is submitted or skipped, so its
 * length is the time spent on that patch (the editor claims the next patch only as it submits, so
 * the leases of one person do not overlap).
 */
export interface AnnotatorThroughputDto {
  userId: string;
  userName: string;
  /** Leases ended by a submission. */
  submitted: number;
  skipped: number;
  /** Claims abandoned until their lease ran out. */
  expired: number;
  /** Median claim-to-submit time. */
  medianSecondsPerPatch: number | null;
  p90SecondsPerPatch: number | null;
  /** Time on submitted and skipped patches, each counted up to IDLE_CAP_SECONDS. */
  activeHours: number;
  /** submitted / activeHours; null under MIN_RATE_SECONDS of active time (a rate from seconds is noise). */
  submissionsPerHour: number | null;
  /** Curator decisions on this annotator's work (approve, edit-and-approve, reject) in the window. */
  reviewed: number;
  approved: number;
  /** Approved after the curator changed it. */
  editedByCurator: number;
  rejected: number;
  rejectionRate: number | null;
  /** Mean Dice between the model's proposal and the submitted mask: 1 = proposals kept as they were. */
  meanProposalDice: number | null;
  /** Mean Dice between the annotator's masks and the approved ones (1: curators kept them). */
  meanReviewDice: number | null;
  lastActiveAt: Date | null;
  /** Submissions per UTC day, oldest first, one entry per day of the window (zeros included). */
  daily: { day: string; submitted: number }[];
}
