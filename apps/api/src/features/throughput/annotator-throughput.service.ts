import { type Db, Prisma } from '@hep2/db';
import { DomainError, notFound } from '../../shared/domain-error';
import { NOW } from '../patch-core/workflow-sql';
import type { AnnotatorThroughputDto } from './throughput.dto';

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
  meanReviewDice: number | null;
  lastActiveAt: Date | null;
  /** { 'YYYY-MM-DD': submissions } for the days with any. */
  perDay: Record<string, number> | null;
  /** The database's current UTC day: the window's last. */
  today: string;
}

/** One row per person with a lease ended, or work reviewed, in the window; by name. */
export async function annotatorThroughput(
  db: Db,
  datasetId: string,
  days: number,
): Promise<AnnotatorThroughputDto[]> {
  checkDays(days);
  const dataset = await db.dataset.findUnique({ where: { id: datasetId }, select: { id: true } });
  if (!dataset) throw notFound('Dataset', datasetId);
  const rows = await db.$queryRaw<Row[]>(throughputSql({ datasetId, userId: null }, days));
  return rows.map((row) => toDto(row, days));
}

/** The same figures for one person (the caller): one dataset, or all of them; null before any work. */
export async function ownThroughput(
  db: Db,
  userId: string,
  datasetId: string | null,
  days: number,
): Promise<AnnotatorThroughputDto | null> {
  checkDays(days);
  const [row] = await db.$queryRaw<Row[]>(throughputSql({ datasetId, userId }, days));
  return row ? toDto(row, days) : null;
}

function checkDays(days: number) {
  if (!Number.isInteger(days) || days < 1 || days > THROUGHPUT_MAX_DAYS) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `days must be a whole number from 1 to ${THROUGHPUT_MAX_DAYS}`,
      {
        field: 'days',
      },
    );
  }
}

function toDto(row: Row, days: number): AnnotatorThroughputDto {
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
    meanReviewDice: row.meanReviewDice,
    lastActiveAt: row.lastActiveAt,
    daily: windowDays(row.today, days).map((day) => ({ day, submitted: row.perDay?.[day] ?? 0 })),
  };
}

/**
 * One statement, each table read once for the window (the time indexes on WorkLease.endedAt,
 * Review.createdAt and Annotation.submittedAt find it; the dataset comes from the patch).
 */
function throughputSql(scope: { datasetId: string | null; userId: string | null }, days: number): Prisma.Sql {
  // Midnight (UTC) starting the last `days` calendar days, today included.
  const since = Prisma.sql`(date_trunc('day', ${NOW}) - make_interval(days => ${days - 1}::int))`;
  const inDataset = scope.datasetId
    ? Prisma.sql`p.id = x."patchId" and p."datasetId" = ${scope.datasetId}::uuid`
    : Prisma.sql`p.id = x."patchId"`;
  const byUser = (column: Prisma.Sql) =>
    scope.userId ? Prisma.sql`and ${column} = ${scope.userId}::uuid` : Prisma.empty;
  return Prisma.sql`
    with leases as (
      select x."userId", x."endReason", x."endedAt",
        extract(epoch from x."endedAt" - x."createdAt")::float8 as seconds
      from "WorkLease" x join "Patch" p on ${inDataset}
      where x."endedAt" >= ${since} ${byUser(Prisma.sql`x."userId"`)}
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
    ), per_day as (
      select "userId", jsonb_object_agg(day, n) as "perDay"
      from (
        select "userId", to_char("endedAt", 'YYYY-MM-DD') as day, count(*)::int as n
        from leases where "endReason" = 'SUBMITTED' group by 1, 2
      ) d group by "userId"
    ), decisions as (
      -- Approve and reject name the annotation decided on.
      select a."authorId" as "userId", x.decision
      from "Review" x join "Patch" p on ${inDataset} join "Annotation" a on a.id = x."annotationId"
      where x."createdAt" >= ${since} and x.decision <> 'EDIT_APPROVE' ${byUser(Prisma.sql`a."authorId"`)}
      union all
      -- Edit-and-approve names the curator's own new annotation: it judges the submissions it
      -- corrected, those of the patch's other authors handed in before it.
      select a."authorId", x.decision
      from "Review" x join "Patch" p on ${inDataset}
        join "Annotation" a on a."patchId" = x."patchId" and a.source = 'HUMAN'
          and a."authorId" is distinct from x."curatorId" and a.status in ('SUBMITTED', 'APPROVED')
          and a."submittedAt" <= x."createdAt"
      where x."createdAt" >= ${since} and x.decision = 'EDIT_APPROVE' ${byUser(Prisma.sql`a."authorId"`)}
    ), reviews as (
      select "userId", count(*)::int as reviewed,
        count(*) filter (where decision in ('APPROVE', 'EDIT_APPROVE'))::int as approved,
        count(*) filter (where decision = 'EDIT_APPROVE')::int as "editedByCurator",
        count(*) filter (where decision = 'REJECT')::int as rejected
      from decisions where "userId" is not null group by "userId"
    ), proposals as (
      select x."authorId" as "userId", avg(x."proposalDice")::float8 as "meanProposalDice"
      from "Annotation" x join "Patch" p on ${inDataset}
      where x."submittedAt" >= ${since} and x.source = 'HUMAN' and x."proposalDice" is not null
        and x."authorId" is not null ${byUser(Prisma.sql`x."authorId"`)}
      group by x."authorId"
    ), corrections as (
      select x."authorId" as "userId", avg(x."reviewDice")::float8 as "meanReviewDice"
      from "Annotation" x join "Patch" p on ${inDataset}
      where x."submittedAt" >= ${since} and x.source = 'HUMAN' and x."reviewDice" is not null
        and x."authorId" is not null ${byUser(Prisma.sql`x."authorId"`)}
      group by x."authorId"
    ), people as (
      select "userId" from work union select "userId" from reviews
    )
    select u.id as "userId", u.name as "userName",
      coalesce(w.submitted, 0) as submitted, coalesce(w.skipped, 0) as skipped,
      coalesce(w.expired, 0) as expired, w."medianSeconds", w."p90Seconds",
      coalesce(w."activeSeconds", 0)::float8 as "activeSeconds",
      coalesce(r.reviewed, 0) as reviewed, coalesce(r.approved, 0) as approved,
      coalesce(r."editedByCurator", 0) as "editedByCurator", coalesce(r.rejected, 0) as rejected,
      pr."meanProposalDice", co."meanReviewDice", w."lastActiveAt", d."perDay",
      to_char(${NOW}, 'YYYY-MM-DD') as today
    from people
      join "User" u on u.id = people."userId"
      left join work w on w."userId" = people."userId"
      left join per_day d on d."userId" = people."userId"
      left join reviews r on r."userId" = people."userId"
      left join proposals pr on pr."userId" = people."userId"
      left join corrections co on co."userId" = people."userId"
    order by u.name, u.id`;
}

/** The `days` UTC days ending with `today`, oldest first. */
function windowDays(today: string, days: number): string[] {
  const last = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) =>
    new Date(last - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10),
  );
}
