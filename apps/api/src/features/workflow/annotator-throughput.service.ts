import { type Db, Prisma } from '@hep2/db';
import { DomainError, notFound } from '../../shared/domain-error';
import { NOW } from './workflow-sql';

/**
 * How fast each annotator works on one dataset, and how their work fares in review, over the last
 * `days` calendar days (UTC, today included). Time comes from work leases: a lease starts when the patch is claimed and ends when
 * it is submitted or skipped, so its length is the time spent on that patch (the editor claims the
 * next patch only as it submits, so leases of one person do not overlap).
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
  lastActiveAt: Date | null;
  /** Submissions per UTC day, oldest first, one entry per day of the window (zeros included). */
  daily: { day: string; submitted: number }[];
}

/**
 * A lease left open over a break would count the break as work: each patch counts at most this long
 * towards active time (the median and p90 use the true lengths, which a break barely moves).
 */
export const IDLE_CAP_SECONDS = 600;
export const THROUGHPUT_MAX_DAYS = 365;
/** Less active time than this gives no hourly rate: three quick patches would read as thousands per hour. */
export const MIN_RATE_SECONDS = 60;

interface Row {
  userId: string;
  userName: string;
  submitted: number;
  skipped: number;
  expired: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  activeSeconds: number;
  reviewed: number;
  approved: number;
  editedByCurator: number;
  rejected: number;
  meanProposalDice: number | null;
  lastActiveAt: Date | null;
}

/** One row per person with a lease ended, or work reviewed, in the window; by name. */
export async function annotatorThroughput(
  db: Db,
  datasetId: string,
  days: number,
): Promise<AnnotatorThroughputDto[]> {
  if (!Number.isInteger(days) || days < 1 || days > THROUGHPUT_MAX_DAYS) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `days must be a whole number from 1 to ${THROUGHPUT_MAX_DAYS}`,
      {
        field: 'days',
      },
    );
  }
  const dataset = await db.dataset.findUnique({ where: { id: datasetId }, select: { id: true } });
  if (!dataset) throw notFound('Dataset', datasetId);
  const since = windowStart(days);
  const [rows, daily] = await Promise.all([
    db.$queryRaw<Row[]>`
      with leases as (
        select l."userId", l."endReason", l."endedAt",
          extract(epoch from l."endedAt" - l."createdAt")::float8 as seconds
        from "WorkLease" l join "Patch" p on p.id = l."patchId"
        where p."datasetId" = ${datasetId}::uuid and l."endedAt" >= ${since}
      ), work as (
        select "userId",
          count(*) filter (where "endReason" = 'SUBMITTED')::int as submitted,
          count(*) filter (where "endReason" = 'SKIPPED')::int as skipped,
          count(*) filter (where "endReason" = 'EXPIRED')::int as expired,
          percentile_cont(0.5) within group (order by seconds) filter (where "endReason" = 'SUBMITTED') as "medianSeconds",
          percentile_cont(0.9) within group (order by seconds) filter (where "endReason" = 'SUBMITTED') as "p90Seconds",
          coalesce(sum(least(seconds, ${IDLE_CAP_SECONDS}::float8))
            filter (where "endReason" in ('SUBMITTED', 'SKIPPED')), 0)::float8 as "activeSeconds",
          max("endedAt") as "lastActiveAt"
        from leases group by "userId"
      ), reviews as (
        select a."authorId" as "userId", count(*)::int as reviewed,
          count(*) filter (where r.decision in ('APPROVE', 'EDIT_APPROVE'))::int as approved,
          count(*) filter (where r.decision = 'EDIT_APPROVE')::int as "editedByCurator",
          count(*) filter (where r.decision = 'REJECT')::int as rejected
        from "Review" r
          join "Patch" p on p.id = r."patchId"
          -- Approve and reject name the annotation decided on. Edit-and-approve names the curator's
          -- own new annotation: it judges the submissions it corrected, those of the patch's other
          -- authors handed in before it.
          join "Annotation" a on (r.decision <> 'EDIT_APPROVE' and a.id = r."annotationId")
            or (r.decision = 'EDIT_APPROVE' and a."patchId" = r."patchId" and a.source = 'HUMAN'
              and a."authorId" is distinct from r."curatorId" and a.status in ('SUBMITTED', 'APPROVED')
              and a."submittedAt" <= r."createdAt")
        where p."datasetId" = ${datasetId}::uuid and r."createdAt" >= ${since} and a."authorId" is not null
        group by a."authorId"
      ), proposals as (
        select a."authorId" as "userId", avg(a."proposalDice")::float8 as "meanProposalDice"
        from "Annotation" a join "Patch" p on p.id = a."patchId"
        where p."datasetId" = ${datasetId}::uuid and a.source = 'HUMAN' and a."submittedAt" >= ${since}
          and a."proposalDice" is not null and a."authorId" is not null
        group by a."authorId"
      ), people as (
        select "userId" from work union select "userId" from reviews
      )
      select u.id as "userId", u.name as "userName",
        coalesce(w.submitted, 0) as submitted, coalesce(w.skipped, 0) as skipped,
        coalesce(w.expired, 0) as expired, w."medianSeconds", w."p90Seconds",
        coalesce(w."activeSeconds", 0)::float8 as "activeSeconds",
        coalesce(r.reviewed, 0) as reviewed, coalesce(r.approved, 0) as approved,
        coalesce(r."editedByCurator", 0) as "editedByCurator", coalesce(r.rejected, 0) as rejected,
        pr."meanProposalDice", w."lastActiveAt"
      from people
        join "User" u on u.id = people."userId"
        left join work w on w."userId" = people."userId"
        left join reviews r on r."userId" = people."userId"
        left join proposals pr on pr."userId" = people."userId"
      order by u.name, u.id`,
    dailySubmissions(db, datasetId, days),
  ]);
  return rows.map((row) => {
    const activeHours = row.activeSeconds / 3600;
    return {
      userId: row.userId,
      userName: row.userName,
      submitted: row.submitted,
      skipped: row.skipped,
      expired: row.expired,
      medianSecondsPerPatch: row.medianSeconds,
      p90SecondsPerPatch: row.p90Seconds,
      activeHours,
      submissionsPerHour: row.activeSeconds >= MIN_RATE_SECONDS ? row.submitted / activeHours : null,
      reviewed: row.reviewed,
      approved: row.approved,
      editedByCurator: row.editedByCurator,
      rejected: row.rejected,
      rejectionRate: row.reviewed > 0 ? row.rejected / row.reviewed : null,
      meanProposalDice: row.meanProposalDice,
      lastActiveAt: row.lastActiveAt,
      daily: daily.byUser.get(row.userId) ?? emptyDays(daily.days),
    };
  });
}

/** Midnight (UTC) starting the window of the last `days` calendar days, today included. */
const windowStart = (days: number) =>
  Prisma.sql`(date_trunc('day', ${NOW}) - make_interval(days => ${days - 1}::int))`;

/** Submissions per person per UTC day of the window, every day present (a chart needs the zeros). */
async function dailySubmissions(db: Db, datasetId: string, days: number) {
  const since = windowStart(days);
  const rows = await db.$queryRaw<{ userId: string | null; day: string; submitted: number }[]>`
    with window_days as (
      select to_char(d, 'YYYY-MM-DD') as day
      from generate_series(${since}, date_trunc('day', ${NOW}), interval '1 day') d
    ), counts as (
      select l."userId", to_char(l."endedAt", 'YYYY-MM-DD') as day, count(*)::int as submitted
      from "WorkLease" l join "Patch" p on p.id = l."patchId"
      where p."datasetId" = ${datasetId}::uuid and l."endReason" = 'SUBMITTED' and l."endedAt" >= ${since}
      group by 1, 2
    )
    select c."userId", w.day, coalesce(c.submitted, 0) as submitted
    from window_days w left join counts c on c.day = w.day
    order by w.day`;
  const windowDays = [...new Set(rows.map((r) => r.day))];
  const byUser = new Map<string, { day: string; submitted: number }[]>();
  for (const row of rows) {
    if (!row.userId) continue;
    const series = byUser.get(row.userId) ?? emptyDays(windowDays);
    byUser.set(row.userId, series);
    const slot = series.find((s) => s.day === row.day);
    if (slot) slot.submitted = row.submitted;
  }
  return { byUser, days: windowDays };
}

const emptyDays = (days: string[]) => days.map((day) => ({ day, submitted: 0 }));
