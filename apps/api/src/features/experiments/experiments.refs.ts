import { builder } from '../../graphql/builder';
import { TrainingRunRef } from '../training/training.refs';
import {
  type ExperimentDto,
  type ExperimentRunDto,
  experimentRunSelect,
  type ReportFileDto,
} from './experiments.dto';

export const ExperimentStatusEnum = builder.enumType('ExperimentStatus', {
  description: 'Where an experiment is.',
  values: {
    QUEUED: { description: 'Runs created, none started.' },
    RUNNING: { description: 'Trainers are working through its runs.' },
    DONE: { description: 'Every cell x fold has a result; the report is final.' },
    FAILED: { description: 'Some cell x fold ran out of attempts; re-queue its runs to finish.' },
    CANCELLED: { description: 'Cancelled.' },
  } as const,
});

export const ReportFormatEnum = builder.enumType('ExperimentReportFormat', {
  description: 'Which files of an experiment report to link.',
  values: {
    MARKDOWN: { value: 'markdown', description: 'report.md' },
    CSV: { value: 'csv', description: 'summary, folds, comparisons and runs as CSV' },
    SVG: { value: 'svg', description: 'the figures' },
    JSON: { value: 'json', description: 'the whole report as JSON' },
    ALL: { value: 'all', description: 'every file' },
  } as const,
});

export const ExperimentRunRef = builder.objectRef<ExperimentRunDto>('ExperimentRun').implement({
  description: 'One attempt at one grid cell x fold: an ordinary training run.',
  fields: (t) => ({
    cell: t.string({ description: 'Grid cell key (setting).', resolve: (r) => r.experimentCell ?? '' }),
    fold: t.int({ description: 'Fold validated on, from 0.', resolve: (r) => r.fold ?? 0 }),
    run: t.field({ type: TrainingRunRef, description: 'The training run.', resolve: (r) => r }),
  }),
});

export const ReportFileRef = builder.objectRef<ReportFileDto>('ExperimentReportFile').implement({
  description: 'A report file in the object store, with a presigned download URL.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'File name (figures/... for SVG).' }),
    url: t.exposeString('url', { description: 'Presigned GET URL (expires).' }),
  }),
});

export const ExperimentRef = builder.objectRef<ExperimentDto>('Experiment').implement({
  description: 'A cross-validated comparison of training settings: one run per grid cell x fold.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    datasetId: t.exposeID('datasetId', { description: 'Dataset.' }),
    name: t.exposeString('name', { description: 'Name.' }),
    folds: t.exposeInt('folds', { description: 'Number of folds (grouped by specimen, stratified).' }),
    seed: t.exposeInt('seed', { description: 'Seed of the fold plan and of every run.' }),
    grid: t.expose('grid', {
      type: 'JSON',
      description: 'Grid, expanded settings with run configs, fold plan.',
    }),
    status: t.expose('status', { type: ExperimentStatusEnum, description: 'Status, derived from its runs.' }),
    report: t.expose('report', {
      type: 'JSON',
      nullable: true,
      description: 'The report (summary, comparisons, curves, confusion, runs) once DONE or FAILED.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'Created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Last status change.' }),
    runs: t.field({
      type: [ExperimentRunRef],
      description: 'Every attempt of every cell x fold, oldest first.',
      resolve: (e, _a, ctx) =>
        ctx.db.trainingRun.findMany({
          where: { experimentId: e.id },
          select: experimentRunSelect,
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
    }),
  }),
});
