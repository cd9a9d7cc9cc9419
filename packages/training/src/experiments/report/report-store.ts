import type { Db } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';
import type { EvaluationMetrics } from '../../evaluation/evaluation-types';
import type { TaskValues } from '../../runs/run-progress';
import { toJson } from '../../runs/run-progress';
import { readStoredGrid } from '../experiment-record';
import { buildExperimentReport } from './report-build';
import { reportCsvFiles } from './report-csv';
import { reportFigures } from './report-figures';
import { reportMarkdown } from './report-markdown';
import type { ExperimentReport, ReportInput, ReportRunInput } from './report-types';

export const experimentReportPrefix = (datasetId: string, experimentId: string) =>
  `datasets/${datasetId}/experiments/${experimentId}/report/`;

/** Reads everything the report needs from the database (no TensorFlow.js). */
export async function loadReportInput(db: Db, experimentId: string): Promise<ReportInput | null> {
  const e = await db.experiment.findUnique({
    where: { id: experimentId },
    select: {
      id: true,
      name: true,
      datasetId: true,
      folds: true,
      seed: true,
      status: true,
      grid: true,
      labelCount: true,
      createdAt: true,
      dataset: {
        select: {
          name: true,
          patternClasses: { select: { name: true }, orderBy: { position: 'asc' } },
          intensityLevels: { select: { name: true }, orderBy: { rank: 'asc' } },
          intensityMode: true,
        },
      },
      runs: {
        select: {
          id: true,
          experimentCell: true,
          fold: true,
          status: true,
          error: true,
          workerId: true,
          environment: true,
          config: true,
          createdAt: true,
          startedAt: true,
          finishedAt: true,
          progress: true,
          modelVersion: { select: { id: true, metrics: true } },
          epochs: {
            select: { epoch: true, losses: true, taskWeights: true, seconds: true },
            orderBy: { epoch: 'asc' },
          },
        },
      },
    },
  });
  if (!e) return null;
  const { settings, plan } = readStoredGrid(e.grid);
  const levels = e.dataset.intensityLevels.map((l) => l.name);
  return {
    experiment: {
      id: e.id,
      name: e.name,
      datasetId: e.datasetId,
      datasetName: e.dataset.name,
      folds: e.folds,
      seed: e.seed,
      status: e.status,
      createdAt: e.createdAt,
      labelCount: e.labelCount,
    },
    settings,
    plan,
    classes: {
      pattern: e.dataset.patternClasses.map((p) => p.name),
      // BINARY datasets train one logit on the top two ranks (see dataset-taxonomy.ts).
      intensity: e.dataset.intensityMode === 'BINARY' ? levels.slice(-2) : levels,
    },
    runs: e.runs.map((r) => ({
      runId: r.id,
      cell: r.experimentCell ?? '',
      fold: r.fold ?? 0,
      status: r.status,
      error: r.error,
      workerId: r.workerId,
      environment: (r.environment ?? {}) as Record<string, unknown>,
      config: (r.config ?? {}) as Record<string, unknown>,
      createdAt: r.createdAt,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      modelVersionId: r.modelVersion?.id ?? null,
      samples: (r.progress as { samples?: ReportRunInput['samples'] } | null)?.samples ?? null,
      metrics: ((r.modelVersion?.metrics as { validation?: EvaluationMetrics } | null)?.validation ??
        null) as EvaluationMetrics | null,
      epochs: r.epochs.map((x) => ({
        epoch: x.epoch,
        losses: x.losses as unknown as TaskValues,
        taskWeights: x.taskWeights as unknown as TaskValues,
        seconds: x.seconds,
      })),
    })),
    generatedAt: new Date(),
  };
}

export interface RenderedReport {
  report: ExperimentReport;
  files: Record<string, { body: string; contentType: string }>;
}

/** The report and all its files (Markdown, CSV, SVG, JSON), in memory. */
export function renderReport(input: ReportInput): RenderedReport {
  const report = buildExperimentReport(input);
  const figures = reportFigures(report);
  const files: RenderedReport['files'] = {
    'report.md': { body: reportMarkdown(report, figures), contentType: 'text/markdown; charset=utf-8' },
  };
  for (const [name, body] of Object.entries(reportCsvFiles(report)))
    files[name] = { body, contentType: 'text/csv; charset=utf-8' };
  for (const fig of figures) files[fig.file] = { body: fig.svg, contentType: 'image/svg+xml' };
  files['report.json'] = { body: `${JSON.stringify(report, null, 1)}\n`, contentType: 'application/json' };
  return { report, files };
}

/**
 * Builds the report from the stored runs, writes its files under the experiment's prefix in the
 * object store and stores the report (with the file keys) in Experiment.report. Safe to repeat.
 */
export async function storeExperimentReport(
  db: Db,
  store: ObjectStore,
  experimentId: string,
): Promise<ExperimentReport | null> {
  const input = await loadReportInput(db, experimentId);
  if (!input) return null;
  const { report, files } = renderReport(input);
  const prefix = experimentReportPrefix(input.experiment.datasetId, experimentId);
  const keys: Record<string, string> = {};
  for (const [name, file] of Object.entries(files)) {
    keys[name] = `${prefix}${name}`;
    await store.put(keys[name], new TextEncoder().encode(file.body), file.contentType);
  }
  const stored: ExperimentReport = { ...report, files: keys };
  await db.experiment.update({ where: { id: experimentId }, data: { report: toJson(stored) } });
  return stored;
}

export type ReportFormat = 'markdown' | 'csv' | 'svg' | 'json' | 'all';

/** Presigned GET URLs of the stored report's files of one format. */
export async function presignReportFiles(
  store: ObjectStore,
  report: ExperimentReport,
  format: ReportFormat,
  ttlSeconds = 3600,
): Promise<{ name: string; key: string; url: string }[]> {
  const wanted = (name: string) =>
    format === 'all' ||
    (format === 'markdown' && name.endsWith('.md')) ||
    (format === 'csv' && name.endsWith('.csv')) ||
    (format === 'svg' && name.endsWith('.svg')) ||
    (format === 'json' && name.endsWith('.json'));
  const out: { name: string; key: string; url: string }[] = [];
  for (const [name, key] of Object.entries(report.files ?? {})) {
    if (wanted(name)) out.push({ name, key, url: await store.presignedGet(key, ttlSeconds) });
  }
  return out;
}
