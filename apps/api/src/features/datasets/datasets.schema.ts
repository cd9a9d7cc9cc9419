import { builder } from '../../graphql/builder';
import { cursorPage } from '../../graphql/pagination';
import { notFound } from '../../shared/domain-error';
import { DatasetRef, PatchRef, PatchStatusEnum, SpecimenRef } from './dataset.refs';
import {
  type DatasetDto,
  datasetSelect,
  type PatchDto,
  patchSelect,
  type SpecimenDto,
  specimenSelect,
} from './datasets.dto';
import { type DatasetStats, datasetStats } from './datasets.stats';
import './specimen-display.refs';

const StatusCountRef = builder
  .objectRef<{ status: PatchDto['status']; count: number }>('StatusCount')
  .implement({
    description: 'Number of patches in one status.',
    fields: (t) => ({
      status: t.expose('status', { type: PatchStatusEnum, description: 'Status.' }),
      count: t.exposeInt('count', { description: 'Patches.' }),
    }),
  });

const LabelCountRef = builder
  .objectRef<{ key: string; name: string; count: number }>('LabelCount')
  .implement({
    description: 'How many items carry one label.',
    fields: (t) => ({
      key: t.exposeString('key', { description: 'Label key.' }),
      name: t.exposeString('name', { description: 'Label name.' }),
      count: t.exposeInt('count', { description: 'Items.' }),
    }),
  });

const DatasetStatsRef = builder.objectRef<DatasetStats>('DatasetStats').implement({
  description: 'Counts for dashboards: patches by status and label distributions.',
  fields: (t) => ({
    specimens: t.exposeInt('specimens', { description: 'Specimens.' }),
    patches: t.exposeInt('patches', { description: 'Patches.' }),
    byStatus: t.field({
      type: [StatusCountRef],
      description: 'Patches per status.',
      resolve: (s) => s.byStatus,
    }),
    specimenPatterns: t.field({
      type: [LabelCountRef],
      description:
        'Specimens per imported specimen-level pattern, weak and curated alike (see curatedSpecimenPatterns).',
      resolve: (s) => s.specimenPatterns,
    }),
    curatedSpecimenPatterns: t.field({
      type: [LabelCountRef],
      description:
        'Specimens per pattern among those imported as curated ground truth (their patches carry approved IMPORT annotations).',
      resolve: (s) => s.curatedSpecimenPatterns,
    }),
    approvedPatterns: t.field({
      type: [LabelCountRef],
      description:
        'Approved patch annotations per pattern, imported ground truth included (see importedPatterns).',
      resolve: (s) => s.approvedPatterns,
    }),
    approvedIntensities: t.field({
      type: [LabelCountRef],
      description:
        'Approved patch annotations per intensity, imported ground truth included (see importedIntensities).',
      resolve: (s) => s.approvedIntensities,
    }),
    importedPatterns: t.field({
      type: [LabelCountRef],
      description:
        'The part of approvedPatterns imported as curated ground truth (not labelled in the platform).',
      resolve: (s) => s.importedPatterns,
    }),
    importedIntensities: t.field({
      type: [LabelCountRef],
      description:
        'The part of approvedIntensities imported as curated ground truth (not labelled in the platform).',
      resolve: (s) => s.importedIntensities,
    }),
  }),
});

builder.objectField(DatasetRef, 'stats', (t) =>
  t.field({
    type: DatasetStatsRef,
    description: 'Counts by status and label distributions.',
    // once per dataset and request: aliases of `datasets{stats}` must not repeat the aggregates
    resolve: (d, _a, ctx) => ctx.once(`dataset-stats:${d.id}`, () => datasetStats(ctx.db, d.id)),
  }),
);

builder.objectField(DatasetRef, 'specimens', (t) =>
  t.connection({
    type: SpecimenRef,
    description: 'Specimens by name.',
    args: { fold: t.arg.int({ required: false, description: 'Only this fold.' }) },
    resolve: (d, args, ctx) =>
      cursorPage(
        args,
        (s: SpecimenDto) => s.id,
        ({ after, before, limit, inverted }) =>
          ctx.db.specimen.findMany({
            where: { datasetId: d.id, fold: args.fold ?? undefined },
            select: specimenSelect,
            take: limit,
            cursor: after ? { id: after } : before ? { id: before } : undefined,
            skip: after || before ? 1 : 0,
            orderBy: [{ externalId: inverted ? 'desc' : 'asc' }, { id: inverted ? 'desc' : 'asc' }],
          }),
      ),
  }),
);

builder.objectField(SpecimenRef, 'patches', (t) =>
  t.field({
    type: [PatchRef],
    description: 'All patches of this specimen, row by row.',
    resolve: (s, _a, ctx) =>
      ctx.db.patch.findMany({
        where: { specimenId: s.id },
        select: patchSelect,
        orderBy: [{ y: 'asc' }, { x: 'asc' }],
      }),
  }),
);

builder.queryFields((t) => ({
  datasets: t.field({
    type: [DatasetRef],
    description: 'Datasets that are not archived, by name.',
    authScopes: { signedIn: true },
    resolve: (_r, _a, ctx) =>
      ctx.db.dataset.findMany({
        where: { archivedAt: null },
        select: datasetSelect,
        orderBy: { name: 'asc' },
      }),
  }),
  dataset: t.field({
    type: DatasetRef,
    description: 'One dataset by id or slug.',
    authScopes: { signedIn: true },
    args: {
      id: t.arg.id({ required: false, description: 'Dataset id.' }),
      slug: t.arg.string({ required: false, description: 'Dataset slug.' }),
    },
    resolve: async (_r, args, ctx): Promise<DatasetDto> => {
      const dataset = args.id
        ? await ctx.db.dataset.findUnique({ where: { id: String(args.id) }, select: datasetSelect })
        : args.slug
          ? await ctx.db.dataset.findUnique({ where: { slug: args.slug }, select: datasetSelect })
          : null;
      if (!dataset) throw notFound('Dataset', String(args.id ?? args.slug ?? ''));
      return dataset;
    },
  }),
  specimen: t.field({
    type: SpecimenRef,
    description: 'One specimen.',
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ description: 'Specimen id.' }) },
    resolve: async (_r, args, ctx) => {
      const specimen = await ctx.db.specimen.findUnique({
        where: { id: String(args.id) },
        select: specimenSelect,
      });
      if (!specimen) throw notFound('Specimen', String(args.id));
      return specimen;
    },
  }),
  patch: t.field({
    type: PatchRef,
    description: 'One patch.',
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ description: 'Patch id.' }) },
    resolve: async (_r, args, ctx) => {
      const patch = await ctx.db.patch.findUnique({ where: { id: String(args.id) }, select: patchSelect });
      if (!patch) throw notFound('Patch', String(args.id));
      return patch;
    },
  }),
  patches: t.connection({
    type: PatchRef,
    description: 'Patches of a dataset, highest priority first, filtered by status or specimen.',
    authScopes: { curator: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset id.' }),
      status: t.arg({ type: PatchStatusEnum, required: false, description: 'Only this status.' }),
      specimenId: t.arg.id({ required: false, description: 'Only this specimen.' }),
    },
    resolve: (_r, args, ctx) =>
      cursorPage(
        args,
        (p: PatchDto) => p.id,
        ({ after, before, limit, inverted }) =>
          ctx.db.patch.findMany({
            where: {
              datasetId: String(args.datasetId),
              status: args.status ?? undefined,
              specimenId: args.specimenId ? String(args.specimenId) : undefined,
            },
            select: patchSelect,
            take: limit,
            cursor: after ? { id: after } : before ? { id: before } : undefined,
            skip: after || before ? 1 : 0,
            orderBy: [{ priority: inverted ? 'asc' : 'desc' }, { id: inverted ? 'desc' : 'asc' }],
          }),
      ),
  }),
}));
