import { builder } from '../../graphql/builder';
import { DatasetRef } from '../datasets/dataset.refs';
import { type TrainingReadinessDto, trainingReadiness } from './training-readiness';

const TrainingReadinessRef = builder.objectRef<TrainingReadinessDto>('TrainingReadiness').implement({
  description:
    'What a training run of the dataset would train and validate on now, against the documented minimum.',
  fields: (t) => ({
    curatedLabels: t.exposeInt('curatedLabels', {
      description:
        'Curated labels: the latest approval of each approved patch (imported ground truth included).',
    }),
    curatedSpecimens: t.exposeInt('curatedSpecimens', { description: 'Specimens with curated labels.' }),
    validationSpecimens: t.exposeInt('validationSpecimens', {
      description: 'Validation specimens with curated labels (0 until the first run picks them).',
    }),
    validationLabels: t.exposeInt('validationLabels', {
      description: 'Curated labels on the validation specimens: what a run is measured on.',
    }),
    minimumLabels: t.exposeInt('minimumLabels', { description: 'Curated labels a run needs at least.' }),
    minimumSpecimens: t.exposeInt('minimumSpecimens', {
      description:
        'Specimens with curated labels a run needs at least (one to train on, one to validate on).',
    }),
    problems: t.exposeStringList('problems', {
      description: 'What falls short of the minimum, in words; empty when a run may start.',
    }),
  }),
});

builder.objectField(DatasetRef, 'trainingReadiness', (t) =>
  t.field({
    type: TrainingReadinessRef,
    description: 'Whether a training run may start now, and on how many curated labels (admins only).',
    authScopes: { admin: true },
    resolve: (d, _a, ctx) => trainingReadiness(ctx.db, d.id),
  }),
);
