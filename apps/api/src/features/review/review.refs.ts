import { builder } from '../../graphql/builder';
import type { Estimate } from './agreement-sets';
import type {
  AnnotatorAgreementDto,
  AnnotatorScoreDto,
  AnnotatorScoreSetDto,
  DatasetAgreementDto,
  ReviewEventDto,
} from './review.dto';

export const ReviewDecisionEnum = builder.enumType('ReviewDecision', {
  description: 'A curator’s decision.',
  values: {
    APPROVE: { description: 'Approved as submitted.' },
    REJECT: { description: 'Returned to the author with a comment.' },
    EDIT_APPROVE: { description: 'Corrected by the curator and approved.' },
  } as const,
});

export const ReviewEventRef = builder.objectRef<ReviewEventDto>('PatchReviewEvent').implement({
  description: 'A curator decided on a patch.',
  fields: (t) => ({
    patchId: t.exposeID('patchId', { description: 'The patch.' }),
    datasetId: t.exposeID('datasetId', { description: 'Its dataset.' }),
    decision: t.expose('decision', { type: ReviewDecisionEnum, description: 'The decision.' }),
    annotationId: t.exposeID('annotationId', { nullable: true, description: 'The annotation decided on.' }),
    comment: t.exposeString('comment', { nullable: true, description: 'The curator’s comment.' }),
  }),
});

export const AnnotatorAgreementRef = builder
  .objectRef<AnnotatorAgreementDto>('AnnotatorAgreement')
  .implement({
    description: 'How well one annotator agrees with co-annotators of the same patches.',
    fields: (t) => ({
      userId: t.exposeID('userId', { description: 'The annotator.' }),
      userName: t.exposeString('userName', { description: 'Display name.' }),
      patches: t.exposeInt('patches', { description: 'Patches shared with someone else.' }),
      patternKappa: t.exposeFloat('patternKappa', {
        nullable: true,
        description: 'Cohen’s kappa on pattern, pooled over co-annotators.',
      }),
      intensityKappa: t.exposeFloat('intensityKappa', {
        nullable: true,
        description: 'Weighted kappa on intensity (linear for ordinal).',
      }),
      patternAgreementRate: t.exposeFloat('patternAgreementRate', {
        nullable: true,
        description: 'Share of pairs with the same pattern.',
      }),
      maskDice: t.exposeFloat('maskDice', {
        nullable: true,
        description:
          'Mean Dice of this annotator’s mask against each co-annotator’s on shared patches (a missing mask counts as empty).',
      }),
      maskIoU: t.exposeFloat('maskIoU', {
        nullable: true,
        description: 'Mean IoU (Jaccard) over the same pairs.',
      }),
    }),
  });

export const EstimateRef = builder.objectRef<Estimate>('AgreementEstimate').implement({
  description:
    'A statistic over a set of items with its 95 % confidence interval; null where undefined (fewer than 2 items, or no variation).',
  fields: (t) => ({
    statistic: t.exposeString('statistic', {
      description: 'Which statistic, e.g. “Krippendorff’s alpha (ordinal)”.',
    }),
    value: t.exposeFloat('value', { nullable: true, description: 'The estimate.' }),
    low: t.exposeFloat('low', { nullable: true, description: 'Lower end of the 95 % interval.' }),
    high: t.exposeFloat('high', { nullable: true, description: 'Upper end of the 95 % interval.' }),
    items: t.exposeInt('items', { description: 'Items it was computed over.' }),
    interval: t.exposeString('interval', { description: 'How the interval was obtained.' }),
  }),
});

export const AnnotatorScoreSetRef = builder.objectRef<AnnotatorScoreSetDto>('AnnotatorScoreSet').implement({
  description: 'One annotator against a reference (gold labels, or the curated consensus).',
  fields: (t) => ({
    items: t.exposeInt('items', { description: 'Items scored.' }),
    patternAccuracy: t.expose('patternAccuracy', {
      type: EstimateRef,
      description: 'Share of right patterns.',
    }),
    patternKappa: t.expose('patternKappa', { type: EstimateRef, description: 'Cohen’s kappa on pattern.' }),
    intensityAccuracy: t.expose('intensityAccuracy', {
      type: EstimateRef,
      description: 'Share of right intensities.',
    }),
    intensityKappa: t.expose('intensityKappa', {
      type: EstimateRef,
      description: 'Cohen’s kappa on intensity (linear weights for an ordinal scale).',
    }),
    maskDice: t.expose('maskDice', {
      type: EstimateRef,
      description: 'Mean Dice against the reference mask.',
    }),
  }),
});

export const AnnotatorScoreRef = builder.objectRef<AnnotatorScoreDto>('AnnotatorScore').implement({
  description: 'An annotator scored against gold patches and against the curated consensus.',
  fields: (t) => ({
    userId: t.exposeID('userId', { description: 'The annotator.' }),
    userName: t.exposeString('userName', { description: 'Display name.' }),
    vsGold: t.expose('vsGold', {
      type: AnnotatorScoreSetRef,
      description: 'Their submissions on gold patches against the gold labels.',
    }),
    vsConsensus: t.expose('vsConsensus', {
      type: AnnotatorScoreSetRef,
      description: 'Their submissions on multi-labelled approved patches against the approved label.',
    }),
  }),
});

export const DatasetAgreementRef = builder.objectRef<DatasetAgreementDto>('DatasetAgreement').implement({
  description:
    'Agreement across a dataset’s patches labelled by two or more annotators: statistics over the set, with intervals.',
  fields: (t) => ({
    patternFleissKappa: t.exposeFloat('patternFleissKappa', {
      nullable: true,
      description: 'Fleiss’ kappa on pattern (patternKappa’s value).',
    }),
    patches: t.exposeInt('patches', { description: 'Patches labelled by two or more annotators.' }),
    doubleLabelShare: t.exposeFloat('doubleLabelShare', {
      description: 'The dataset’s share of patches labelled twice.',
    }),
    goldPatches: t.exposeInt('goldPatches', { description: 'Gold patches.' }),
    goldAttempts: t.exposeInt('goldAttempts', { description: 'Submissions scored against gold.' }),
    patternKappa: t.expose('patternKappa', {
      type: EstimateRef,
      description: 'Fleiss’ kappa on pattern (patches with the most common number of ratings).',
    }),
    patternAlpha: t.expose('patternAlpha', {
      type: EstimateRef,
      description: 'Krippendorff’s alpha on pattern (nominal).',
    }),
    intensityAlpha: t.expose('intensityAlpha', {
      type: EstimateRef,
      description: 'Krippendorff’s alpha on intensity (ordinal; nominal for a binary scale).',
    }),
    maskDice: t.expose('maskDice', {
      type: EstimateRef,
      description: 'Mean pairwise mask Dice over patches.',
    }),
    meanPatternAgreement: t.exposeFloat('meanPatternAgreement', {
      nullable: true,
      description: 'Mean per-patch raw pattern agreement (share of annotator pairs agreeing).',
    }),
    meanIntensityAgreement: t.exposeFloat('meanIntensityAgreement', {
      nullable: true,
      description: 'Mean per-patch raw intensity agreement (share of annotator pairs agreeing).',
    }),
    meanMaskDice: t.exposeFloat('meanMaskDice', {
      nullable: true,
      description: 'Mean per-patch pairwise mask Dice.',
    }),
  }),
});
