import {
  type AnnotationModel,
  type AnnotationRevisionModel,
  PatchStatus,
  Prisma,
  type SqlClient,
} from '@hep2/db';
import { z } from 'zod';
import { type ColumnValues, copiedSql, insertSql, KEEP, setSql, statementRow } from '../../shared/sql';
import { topics } from '../events/topics';
import type { LockedPatch } from '../patch-core/patch-lock';
import {
  auditInsertSql,
  auditNotifySql,
  columnsSql,
  NOW,
  notifySql,
  pickColumns,
} from '../patch-core/workflow-sql';
import type { AnnotationLabels } from './annotation-input';
import { type AnnotationDto, annotationSelect, REVISION_COPIES } from './annotations.dto';

export interface SaveStatementInput {
  patch: LockedPatch;
  userId: string;
  requestId: string | null;
  /** Submit (needs the live lease `leaseId`), else save a draft. */
  submit: boolean;
  leaseId: string | null;
  /** The version the client edited; the save writes version + 1. */
  givenVersion: number;
  /** The annotation prepareSave saw, and the id a first save creates. */
  expectedOwnId: string | null;
  annotationId: string;
  /** The labels to write; one undefined keeps its current value. */
  labels: AnnotationLabels;
  /** null: keep the current mask. */
  maskKey: string | null;
  /** The new mask's PNG, stored with the save in the PendingObject outbox (uploaded after commit). */
  maskPng: Uint8Array | null;
  maskArea: number | null;
  prediction: { id: string; modelVersionId: string } | null;
  proposalDice: number | null;
  /** A gold patch: a submission does not count towards the patch's submissions. */
  gold?: boolean;
  /** The patch's status after this submission, by case (state machine, evaluated by the caller); null: refused. */
  patchStatusAfter: {
    firstSubmission: PatchStatus | null;
    resubmission: PatchStatus | null;
    resubmissionWithPendingReturnedWork: PatchStatus | null;
  };
}

/** What the statement saw (always) and did (when `savedStatus` is set). */
export interface SaveFacts {
  ownId: string | null;
  ownVersion: number | null;
  ownStatus: string | null;
  liveLeaseId: string | null;
  everLeased: boolean;
  savedStatus: 'DRAFT' | 'SUBMITTED' | null;
  patchStatus: PatchStatus | null;
  annotation: AnnotationDto | null;
}

/** The columns of the statement's one row the code reads (the annotation's: pickColumns). */
const saveRowSchema = z.looseObject({
  ownId: z.string().nullable(),
  ownVersion: z.number().int().nullable(),
  ownStatus: z.string().nullable(),
  liveLeaseId: z.string().nullable(),
  everLeased: z.boolean(),
  savedStatus: z.enum(['DRAFT', 'SUBMITTED']).nullable(),
  patchStatus: z.enum(PatchStatus).nullable(),
  a_id: z.string().nullable(),
});

/**
 * The annotation a save writes, column by column, as the update of the author's row (`current`, its
 * alias) or the insert of a new one (null: no row, so nothing to keep). Every column is named, so a
 * column added to Annotation fails to compile here until the save says what it writes.
 */
function savedAnnotation(input: SaveStatementInput, current: string | null): ColumnValues<AnnotationModel> {
  /** What an update keeps: the row's own value (a new row has none). */
  const kept = (column: keyof AnnotationModel, cast: string) =>
    current ? Prisma.raw(`${current}."${column}"`) : Prisma.raw(`null::${cast}`);
  const label = (column: keyof AnnotationLabels & keyof AnnotationModel, cast: string) => {
    const value = input.labels[column];
    return value === undefined ? kept(column, cast) : Prisma.sql`${value}::${Prisma.raw(cast)}`;
  };
  const onSubmit = (value: Prisma.Sql, column: keyof AnnotationModel, cast: string) =>
    Prisma.sql`case when d.status = 'SUBMITTED' then ${value} else ${kept(column, cast)} end`;
  const maskKey = Prisma.sql`${input.maskKey}::text`;
  const newRow = <T>(value: T) => (current ? KEEP : value);
  return {
    id: newRow(Prisma.sql`${input.annotationId}::uuid`),
    patchId: newRow(Prisma.sql`${input.patch.id}::uuid`),
    authorId: newRow(Prisma.sql`${input.userId}::uuid`),
    source: KEEP,
    status: Prisma.sql`d.status::"AnnotationStatus"`,
    patternClassId: label('patternClassId', 'uuid'),
    intensityLevelId: label('intensityLevelId', 'uuid'),
    maskKey: Prisma.sql`coalesce(${maskKey}, ${kept('maskKey', 'text')})`,
    maskArea: Prisma.sql`case when ${maskKey} is null then ${kept('maskArea', 'int')} else ${input.maskArea}::int end`,
    predictionId: Prisma.sql`${input.prediction?.id ?? null}::uuid`,
    modelVersionId: Prisma.sql`${input.prediction?.modelVersionId ?? null}::uuid`,
    proposalDice: onSubmit(Prisma.sql`${input.proposalDice}::float8`, 'proposalDice', 'float8'),
    reviewDice: KEEP,
    returnComment: KEEP,
    version: Prisma.sql`d.version`,
    submittedAt: onSubmit(NOW, 'submittedAt', 'timestamp'),
    createdAt: KEEP,
    updatedAt: NOW,
  };
}

/**
 * A save or submission in one statement, run with the patch locked (lockPatch, an earlier statement,
 * so this one's snapshot includes every change committed before the lock was granted). It re-reads
 * the author's annotation and lease, checks version, status and lease, and only if they pass writes
 * the annotation, its revision, the new mask's bytes (PendingObject: the upload follows the commit),
 * ends the lease, moves the patch on, appends the audit row and publishes the events. The caller
 * turns failed checks into errors from the returned facts.
 */
export async function runSaveStatement(
  sql: SqlClient,
  /** finalRows when nothing follows it in the transaction (COMMIT is sent with it). */
  send: 'rows' | 'finalRows',
  input: SaveStatementInput,
): Promise<SaveFacts> {
  const p = Prisma.sql`${input.patch.id}::uuid`;
  const u = Prisma.sql`${input.userId}::uuid`;
  const lease = Prisma.sql`${input.leaseId}::uuid`;
  const maskKey = Prisma.sql`${input.maskKey}::text`;
  const after = input.patchStatusAfter;
  const patchStatus = Prisma.sql`(case when not f.resubmission then ${after.firstSubmission}::text
    when not f."pendingReturned" then ${after.resubmission}::text
    else ${after.resubmissionWithPendingReturnedWork}::text end)`;
  const submitting = Prisma.sql`(${input.submit} and f."liveLeaseId" is not null)`;
  const inserted = insertSql(savedAnnotation(input, null));
  const revision = insertSql<AnnotationRevisionModel>({
    ...copiedSql('s', REVISION_COPIES),
    id: Prisma.sql`gen_random_uuid()`,
    annotationId: Prisma.sql`s.id`,
    editedById: u,
    createdAt: KEEP,
  });
  const rows = await sql[send]<Record<string, unknown>>(Prisma.sql`
    with own as (
      select a.* from "Annotation" a
      where a."patchId" = ${p} and a."authorId" = ${u} and a.status <> 'SUPERSEDED'
      order by a."createdAt" desc limit 1
    ), facts as (
      select own.id as "ownId", own.version as "ownVersion", own.status::text as "ownStatus",
        coalesce(own."submittedAt" is not null, false) as resubmission,
        (select l.id from "WorkLease" l
          where l."patchId" = ${p} and l."userId" = ${u} and l."endedAt" is null and l."expiresAt" > ${NOW}
            and (${lease} is null or l.id = ${lease})
          order by l."createdAt" desc limit 1) as "liveLeaseId",
        exists (select 1 from "WorkLease" l where l."patchId" = ${p} and l."userId" = ${u}) as "everLeased",
        -- someone else's returned work (the author's own is being resubmitted right now)
        exists (select 1 from "Annotation" x where x."patchId" = ${p} and x.id is distinct from own.id
          and x.status in ('REJECTED', 'DRAFT') and x."returnComment" is not null) as "pendingReturned"
      from (select 1) one left join own on true
    ), decided as (
      select f.*, case when ${submitting} then 'SUBMITTED' else 'DRAFT' end as status,
        ${input.givenVersion + 1}::int as version, ${patchStatus} as "patchStatus"
      from facts f
      where coalesce(f."ownVersion", 0) = ${input.givenVersion}
        and f."ownId" is not distinct from ${input.expectedOwnId}::uuid
        and (f."ownStatus" is null or f."ownStatus" in ('DRAFT', 'REJECTED'))
        and (f."liveLeaseId" is not null or f."ownId" is not null or f."everLeased")
        and (not ${submitting} or ${patchStatus} is not null)
    ), upd as (
      update "Annotation" a set ${setSql(savedAnnotation(input, 'a'))}
      from decided d where a.id = d."ownId"
      returning a.*
    ), ins as (
      insert into "Annotation"(${inserted.columns})
      select ${inserted.values}
      from decided d where d."ownId" is null
      returning *
    ), saved as (
      select * from upd union all select * from ins
    ), revision as (
      insert into "AnnotationRevision"(${revision.columns})
      select ${revision.values}
      from saved s
      returning id
    ), pending as (
      insert into "PendingObject"(key, body, "contentType")
      select s."maskKey", ${input.maskPng}::bytea, 'image/png' from saved s
      where ${maskKey} is not null
      returning key
    ), ended as (
      update "WorkLease" l set "endedAt" = ${NOW}, "endReason" = 'SUBMITTED'
      from decided d where l.id = d."liveLeaseId" and d.status = 'SUBMITTED'
      returning l.id
    ), patched as (
      update "Patch" pa set status = d."patchStatus"::"PatchStatus",
        "submittedCount" = pa."submittedCount" + case when d.resubmission or ${input.gold === true} then 0 else 1 end,
        version = pa.version + 1, "updatedAt" = ${NOW}
      from decided d where pa.id = ${p} and d.status = 'SUBMITTED'
      returning pa.status::text as status
    ), audit as (${auditInsertSql(
      Prisma.sql`select ${u} as "actorId",
        case when d.status = 'SUBMITTED' then 'annotation.submit' else 'annotation.save' end as action,
        'Annotation' as "entityType", s.id::text as "entityId",
        case when d."ownId" is null then null
          else jsonb_build_object('version', d."ownVersion", 'status', d."ownStatus") end as before,
        jsonb_build_object('version', s.version, 'status', s.status, 'patchId', s."patchId",
          'patchStatus', coalesce(pt.status, ${input.patch.status}::text), 'maskKey', s."maskKey") as after
      from decided d cross join saved s left join patched pt on true`,
      input.requestId,
    )})
    select f."ownId", f."ownVersion", f."ownStatus", f."liveLeaseId", f."everLeased",
      s.status::text as "savedStatus", pt.status as "patchStatus", ${columnsSql('s', annotationSelect, 'a_')},
      (select count(*) from revision) + (select count(*) from ended) + (select count(*) from pending) as "writes",
      case when au.id is not null then ${auditNotifySql('au')} end as "auditEvent",
      case when pt.status is not null then
        ${notifySql(topics.queueCounts, { datasetId: input.patch.datasetId })} end as "queueEvent",
      case when pt.status is not null then
        ${notifySql(topics.presence, { datasetId: input.patch.datasetId })} end as "presenceEvent"
    from facts f left join saved s on true left join patched pt on true left join audit au on true`);
  const row = statementRow('save statement', saveRowSchema, rows[0]);
  return {
    ownId: row.ownId,
    ownVersion: row.ownVersion,
    ownStatus: row.ownStatus,
    liveLeaseId: row.liveLeaseId,
    everLeased: row.everLeased,
    savedStatus: row.savedStatus,
    patchStatus: row.patchStatus,
    annotation: row.a_id ? pickColumns<AnnotationDto>(row, annotationSelect, 'a_') : null,
  };
}
