import { builder } from '../../graphql/builder';
import { requireViewer } from '../../graphql/viewer';
import { DatasetRef, IntensityModeEnum } from './dataset.refs';
import { createDatasetAsAdmin, updateDatasetSettings } from './dataset-admin.service';

const TaxonomyPresetEnum = builder.enumType('TaxonomyPreset', {
  description: 'Named taxonomies a dataset can be created with.',
  values: {
    SEED: { value: 'seed', description: 'The reference: 7 ICAP patterns plus negative.' },
    I3A: {
      value: 'i3a',
      description: 'I3A Task-1: homogeneous, speckled, nucleolar, centromere, golgi, nuclear membrane.',
    },
    SNPHEP2: {
      value: 'snphep2',
      description:
        'SNPHEp-2: homogeneous, coarse speckled (AC-5), fine speckled (AC-4), nucleolar, centromere.',
    },
  } as const,
});

const PatternClassInput = builder.inputType('PatternClassInput', {
  description: 'A pattern class of a new dataset (its position in the list is the class index).',
  fields: (t) => ({
    key: t.string({ description: 'Machine key, e.g. "centromere".' }),
    name: t.string({ description: 'Display name.' }),
    icapCodes: t.stringList({ description: 'ICAP codes, e.g. ["AC-3"].' }),
    color: t.string({ required: false, description: 'Display colour (#rrggbb).' }),
    shortcut: t.string({ required: false, description: 'Keyboard shortcut.' }),
  }),
});

const IntensityLevelInput = builder.inputType('IntensityLevelInput', {
  description: 'An intensity level of a new dataset, weakest first.',
  fields: (t) => ({
    key: t.string({ description: 'Machine key, e.g. "positive".' }),
    name: t.string({ description: 'Display name.' }),
    shortcut: t.string({ required: false, description: 'Keyboard shortcut.' }),
  }),
});

const TaxonomyInput = builder.inputType('TaxonomyInput', {
  description: 'The label classes of a dataset; the reference taxonomy is used when omitted.',
  fields: (t) => ({
    patterns: t.field({ type: [PatternClassInput], description: 'Pattern classes in model order.' }),
    intensities: t.field({ type: [IntensityLevelInput], description: 'Intensity levels, weakest first.' }),
  }),
});

builder.mutationFields((t) => ({
  createDataset: t.field({
    type: DatasetRef,
    description:
      'Creates a dataset; without a taxonomy or preset it gets the 7 reference patterns plus negative.',
    authScopes: { admin: true },
    args: {
      slug: t.arg.string({ description: 'Unique URL name: lower-case letters, digits, dashes.' }),
      name: t.arg.string({ description: 'Display name.' }),
      description: t.arg.string({ required: false, description: 'Free text.' }),
      intensityMode: t.arg({ type: IntensityModeEnum, required: false, description: 'Default BINARY.' }),
      patchSize: t.arg.int({
        required: false,
        description:
          'Patch edge (default 384); an image that fits inside it (a cell crop) is one patch of its own size.',
      }),
      strideX: t.arg.int({
        required: false,
        description: 'Horizontal stride (default: 251/384 of the patch size, 251 for 384).',
      }),
      strideY: t.arg.int({
        required: false,
        description: 'Vertical stride (default: 328/384 of the patch size, 328 for 384).',
      }),
      taxonomyPreset: t.arg({
        type: TaxonomyPresetEnum,
        required: false,
        description: 'A named taxonomy (default SEED); ignored when taxonomy is given.',
      }),
      taxonomy: t.arg({ type: TaxonomyInput, required: false, description: 'Custom label classes.' }),
    },
    resolve: (_r, args, ctx) =>
      createDatasetAsAdmin(ctx, requireViewer(ctx), {
        ...args,
        taxonomy: args.taxonomy
          ? {
              patterns: args.taxonomy.patterns.map((p) => ({ ...p, color: p.color ?? undefined })),
              intensities: args.taxonomy.intensities,
            }
          : null,
      }),
  }),
  updateDatasetSettings: t.field({
    type: DatasetRef,
    description: 'Changes dataset settings; fails with STALE_VERSION when someone else changed them first.',
    authScopes: { admin: true },
    args: {
      id: t.arg.id({ description: 'Dataset id.' }),
      expectedVersion: t.arg.int({ description: 'The version the edit started from.' }),
      name: t.arg.string({ required: false, description: 'Display name.' }),
      description: t.arg.string({ required: false, description: 'Free text.' }),
      annotatorsPerPatch: t.arg.int({ required: false, description: 'Consensus k (1..10).' }),
      agreementThreshold: t.arg.float({
        required: false,
        description: 'Agreement below this goes to curators.',
      }),
      doubleLabelShare: t.arg.float({
        required: false,
        description: 'Share of patches labelled twice (0..1), along the queue’s order.',
      }),
      goldRate: t.arg.float({
        required: false,
        description: 'Chance (0..1) that a claim serves a gold patch, blind.',
      }),
      patchSize: t.arg.int({ required: false, description: 'Patch edge; only before the first import.' }),
      strideX: t.arg.int({
        required: false,
        description: 'Horizontal stride; only before the first import.',
      }),
      strideY: t.arg.int({ required: false, description: 'Vertical stride; only before the first import.' }),
    },
    resolve: (_r, args, ctx) =>
      updateDatasetSettings(ctx, requireViewer(ctx), { ...args, id: String(args.id) }),
  }),
}));
