import { builder } from '../../graphql/builder';
import { IntensityLevelRef, PatternClassRef, SpecimenRef } from '../datasets/dataset.refs';
import { intensityLevelSelect, patternClassSelect } from '../datasets/datasets.dto';
import { specimenLabelScopes } from './label-hint-scopes';
import { type ImportedTruthDto, importedTruthOf } from './specimen-imported-truth.service';

const ImportedTruthRef = builder.objectRef<ImportedTruthDto>('SpecimenImportedTruth').implement({
  description:
    'Expert ground truth imported with a curated dataset (approved IMPORT annotations, no author): a curated specimen’s verdict, never an annotator’s.',
  fields: (t) => ({
    patches: t.exposeInt('patches', { description: 'Patches carrying imported ground truth.' }),
    patternClass: t.field({
      type: PatternClassRef,
      nullable: true,
      description: 'The imported pattern (the one most of those patches carry).',
      resolve: (g, _a, ctx) =>
        g.patternClassId
          ? ctx.db.patternClass.findUnique({ where: { id: g.patternClassId }, select: patternClassSelect })
          : null,
    }),
    intensityLevel: t.field({
      type: IntensityLevelRef,
      nullable: true,
      description: 'The imported intensity (the one most of those patches carry).',
      resolve: (g, _a, ctx) =>
        g.intensityLevelId
          ? ctx.db.intensityLevel.findUnique({
              where: { id: g.intensityLevelId },
              select: intensityLevelSelect,
            })
          : null,
    }),
  }),
});

builder.objectField(SpecimenRef, 'importedTruth', (t) =>
  t.field({
    type: ImportedTruthRef,
    nullable: true,
    description:
      'Curated imports: the specimen’s imported ground truth (shown as its verdict, since nobody submits there); null otherwise. Curators and admins (annotators with ANNOTATORS_SEE_IMPORTED_LABELS).',
    authScopes: specimenLabelScopes,
    resolve: (s, _a, ctx) => importedTruthOf(ctx.db, s.id),
  }),
);
