import { builder } from '../../graphql/builder';
import type { AnnotatorAgreementDto, DatasetAgreementDto, ReviewEventDto } from './review.dto';

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

export const DatasetAgreementRef = builder.objectRef<DatasetAgreementDto>('DatasetAgreement').implement({
  description: 'Agreement across a dataset’s multiply-annotated patches.',
  fields: (t) => ({
    patternFleissKappa: t.exposeFloat('patternFleissKappa', {
      nullable: true,
      description: 'Fleiss’ kappa on pattern (patches with k ratings).',
    }),
    patches: t.exposeInt('patches', { description: 'Patches in the Fleiss figure.' }),
    meanPatternAgreement: t.exposeFloat('meanPatternAgreement', {
      nullable: true,
      description:
        'Mean per-patch chance-corrected pattern agreement (kappa scale: 1 perfect, 0 as by chance, below 0 worse).',
    }),
    meanIntensityAgreement: t.exposeFloat('meanIntensityAgreement', {
      nullable: true,
      description: 'Mean per-patch chance-corrected intensity agreement (weighted kappa scale).',
    }),
    meanMaskDice: t.exposeFloat('meanMaskDice', {
      nullable: true,
      description: 'Mean per-patch pairwise mask Dice.',
    }),
  }),
});
