import { builder } from '../../graphql/builder';
import { IntensityLevelRef, PatchRef, PatternClassRef } from '../datasets/dataset.refs';
import { intensityLevelById, patchById, patternClassById } from '../datasets/dataset-lookups';
import { annotationMaskUrl, type presignRead } from '../datasets/presign';
import { revisions } from './annotation-queries.service';
import type { AnnotationDto, RevisionDto } from './annotations.dto';

export const AnnotationStatusEnum = builder.enumType('AnnotationStatus', {
  description: 'Where an annotation is in its life.',
  values: {
    DRAFT: { description: 'Work in progress, visible only to its author.' },
    SUBMITTED: { description: 'Handed in; waiting for review.' },
    APPROVED: { description: 'Accepted by a curator: training may use it.' },
    REJECTED: { description: 'Sent back to its author with a comment.' },
    SUPERSEDED: { description: 'Replaced by a newer annotation of the same author.' },
    SCORED: {
      description: 'A blind answer on a gold patch, scored against the gold label: final, never reviewed.',
    },
  } as const,
});

const AnnotationSourceEnum = builder.enumType('AnnotationSource', {
  description: 'Who produced an annotation.',
  values: {
    HUMAN: { description: 'A person in the editor.' },
    MODEL: { description: 'A model prediction offered as a pre-label.' },
    IMPORT: {
      description: "Expert ground truth from a curated import: approved, no author, never a person's work.",
    },
  } as const,
});

const patternById = (id: string | null, ctx: Parameters<typeof presignRead>[0]) =>
  id ? patternClassById(ctx, id) : null;
const levelById = (id: string | null, ctx: Parameters<typeof presignRead>[0]) =>
  id ? intensityLevelById(ctx, id) : null;

export const AnnotationRevisionRef = builder.objectRef<RevisionDto>('AnnotationRevision').implement({
  description: 'One saved state of an annotation (append-only history).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    version: t.exposeInt('version', { description: 'Annotation version this state had.' }),
    status: t.expose('status', { type: AnnotationStatusEnum, description: 'Status at that version.' }),
    patternClassId: t.exposeID('patternClassId', { nullable: true, description: 'Pattern at that version.' }),
    intensityLevelId: t.exposeID('intensityLevelId', {
      nullable: true,
      description: 'Intensity at that version.',
    }),
    maskUrl: t.string({
      nullable: true,
      description:
        'Short-lived URL of the mask at that version; a data: URL while the mask is still on its way to the object store.',
      resolve: (r, _a, ctx) => annotationMaskUrl(ctx, r.maskKey),
    }),
    editedById: t.exposeID('editedById', { nullable: true, description: 'Who saved it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was saved.' }),
  }),
});

export const AnnotationRef = builder.objectRef<AnnotationDto>('Annotation').implement({
  description: 'A person’s labels for one patch: pattern, intensity and a cell mask.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    patchId: t.exposeID('patchId', { description: 'The patch labelled.' }),
    authorId: t.exposeID('authorId', { nullable: true, description: 'Who labelled it.' }),
    source: t.expose('source', { type: AnnotationSourceEnum, description: 'Human, model or import.' }),
    status: t.expose('status', { type: AnnotationStatusEnum, description: 'Where it is in review.' }),
    patternClass: t.field({
      type: PatternClassRef,
      nullable: true,
      description: 'Staining pattern.',
      resolve: (a, _x, ctx) => patternById(a.patternClassId, ctx),
    }),
    intensityLevel: t.field({
      type: IntensityLevelRef,
      nullable: true,
      description: 'Intensity.',
      resolve: (a, _x, ctx) => levelById(a.intensityLevelId, ctx),
    }),
    maskUrl: t.string({
      nullable: true,
      description:
        'Short-lived URL of the mask PNG (0/255); a data: URL while the mask is still on its way to the object store (just after a save, or while the store is down).',
      resolve: (a, _x, ctx) => annotationMaskUrl(ctx, a.maskKey),
    }),
    maskArea: t.exposeInt('maskArea', { nullable: true, description: 'Foreground pixels of the mask.' }),
    modelVersionId: t.exposeID('modelVersionId', {
      nullable: true,
      description: 'Model version whose proposal it started from.',
    }),
    predictionId: t.exposeID('predictionId', {
      nullable: true,
      description: 'The proposal it started from.',
    }),
    proposalDice: t.exposeFloat('proposalDice', {
      nullable: true,
      description: 'Dice between the proposal and this mask (1 = unchanged).',
    }),
    reviewDice: t.exposeFloat('reviewDice', {
      nullable: true,
      description:
        'Dice between this submission’s mask and the mask its patch was approved with (1 = kept as it was); null before approval or without masks.',
    }),
    returnComment: t.exposeString('returnComment', {
      nullable: true,
      description: 'The curator’s comment when it was returned.',
    }),
    version: t.exposeInt('version', {
      description: 'Optimistic-concurrency version; send it with the next save.',
    }),
    submittedAt: t.expose('submittedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'First submission.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'Creation time.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Last change.' }),
    patch: t.field({
      type: PatchRef,
      description: 'The patch labelled.',
      resolve: (a, _x, ctx) => patchById(ctx, a.patchId),
    }),
    revisions: t.field({
      type: [AnnotationRevisionRef],
      description: 'Every saved state, oldest first.',
      resolve: (a, _x, ctx) => revisions(ctx.db, a.id),
    }),
  }),
});
