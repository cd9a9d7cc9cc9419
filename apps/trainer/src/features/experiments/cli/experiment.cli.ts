/**
 * `npm run experiment -- <command>`: create, watch, report and re-queue experiments against
 * DATABASE_URL / S3_* (or the embedded services of a running `npm start`). Trainers do the work.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PLATFORM_CONNECTION_HELP } from '@hep2/embedded';
import {
  createExperiment,
  ExperimentInputError,
  loadReportInput,
  presignReportFiles,
  renderReport,
  requeueFailedExperimentRuns,
  storeExperimentReport,
} from '@hep2/training';
import { type CliConnection, connect, exitWith } from './cli-connection';
import { watchExperiment } from './experiment-watch';

const HELP = `Usage: npm run experiment -- <command> [options]

Commands
  create   --dataset <id|slug> --name <name> [--folds 5] [--seed 1]
           [--grid grid.json] [--mask-losses bce,dice,bce+dice]
           [--weightings gradnorm:0.06,gradnorm:0.12,fixed,uncertainty]
           [--variant lite] [--width 8] [--blocks 1,1,1] [--input-size 64]
           [--epochs 5] [--batch-size 8] [--lr 0.001] [--max-attempts 2]
           [--threads 2] [--repeats 1] [--watch]
           --threads: per training step of every run, pinned (results depend on it);
           --repeats: repeated k-fold (corrected resampled t-test for the pairs)
  list     [--dataset <id|slug>]
  watch    <experimentId>            progress until DONE / FAILED
  report   <experimentId> [--out dir] build the report now (provisional if unfinished),
                                      store it, write its files to dir, print URLs
  requeue  <experimentId>            new attempts for failed / cancelled cells x folds

Runs are trained by trainer processes (npm start, or npx tsx apps/trainer/src/main.ts).
Exit codes: 0 done, 1 failed or bad input, 2 the watched experiment did not finish DONE.

${PLATFORM_CONNECTION_HELP}`;

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        dataset: { type: 'string' },
        name: { type: 'string' },
        folds: { type: 'string', default: '5' },
        seed: { type: 'string', default: '1' },
        grid: { type: 'string' },
        'mask-losses': { type: 'string' },
        weightings: { type: 'string' },
        variant: { type: 'string' },
        width: { type: 'string' },
        blocks: { type: 'string' },
        'input-size': { type: 'string' },
        epochs: { type: 'string' },
        'batch-size': { type: 'string' },
        lr: { type: 'string' },
        'max-attempts': { type: 'string' },
        threads: { type: 'string' },
        repeats: { type: 'string' },
        watch: { type: 'boolean' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return exitWith(1);
  }
}

const { values, positionals } = await parse();
const [command, id] = positionals;
if (values.help || !command) {
  console.log(HELP);
  await exitWith(command || values.help ? 0 : 1);
}
if (!['create', 'list', 'watch', 'report', 'requeue'].includes(command as string)) {
  console.error(`unknown command ${command}\n\n${HELP}`);
  await exitWith(1);
}

const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
let connection: CliConnection | null = null;
const conn = {
  get db() {
    return (connection as CliConnection).db;
  },
  get store() {
    return (connection as CliConnection).store;
  },
};

async function datasetId(ref: string | undefined): Promise<string> {
  if (!ref) throw new ExperimentInputError('dataset', '--dataset is required');
  const isUuid = /^[0-9a-f-]{36}$/i.test(ref);
  const d = await conn.db.dataset.findFirst({
    where: isUuid ? { id: ref } : { slug: ref },
    select: { id: true },
  });
  if (!d) throw new ExperimentInputError('dataset', `dataset ${ref} not found`);
  return d.id;
}

function gridFromFlags(): unknown {
  if (values.grid) return JSON.parse(readFileSync(values.grid, 'utf8'));
  const base = Object.fromEntries(
    Object.entries({
      epochs: num(values.epochs),
      batchSize: num(values['batch-size']),
      learningRate: num(values.lr),
    }).filter(([, v]) => v !== undefined),
  );
  const variant = Object.fromEntries(
    Object.entries({
      variant: values.variant ?? 'lite',
      width: num(values.width),
      blocks: values.blocks?.split(',').map(Number),
      inputSize: num(values['input-size']),
    }).filter(([, v]) => v !== undefined),
  );
  return {
    ...(values['mask-losses'] ? { maskLosses: values['mask-losses'].split(',') } : {}),
    ...(values.weightings
      ? {
          weightings: values.weightings.split(',').map((w) => {
            const [kind, alpha] = w.split(':');
            return kind === 'gradnorm' ? { kind, alpha: Number(alpha ?? 0.06) } : { kind };
          }),
        }
      : {}),
    variants: [variant],
    base,
    ...(values['max-attempts'] ? { maxAttempts: Number(values['max-attempts']) } : {}),
    ...(values.threads ? { threads: Number(values.threads) } : {}),
    ...(values.repeats ? { repeats: Number(values.repeats) } : {}),
  };
}

const watch = (experimentId: string) =>
  watchExperiment(conn.db, experimentId, {
    intervalMs: 2000,
    write: (l) => console.log(`${new Date().toISOString().slice(11, 19)} ${l}`),
  });

async function main(): Promise<number> {
  switch (command) {
    case 'create': {
      const result = await createExperiment(conn.db, {
        datasetId: await datasetId(values.dataset),
        name: values.name ?? `experiment ${new Date().toISOString()}`,
        folds: Number(values.folds),
        seed: Number(values.seed),
        grid: gridFromFlags(),
      });
      if (result.kind !== 'created') throw new Error('dataset not found');
      console.log(`experiment ${result.experimentId}: ${result.runIds.length} runs queued`);
      if (values.watch) return (await watch(result.experimentId)) === 'DONE' ? 0 : 2;
      return 0;
    }
    case 'list': {
      const rows = await conn.db.experiment.findMany({
        where: values.dataset ? { datasetId: await datasetId(values.dataset) } : {},
        select: {
          id: true,
          name: true,
          status: true,
          folds: true,
          createdAt: true,
          _count: { select: { runs: true } },
        },
        orderBy: { createdAt: 'desc' },
        take: 50,
      });
      for (const r of rows)
        console.log(
          `${r.id}  ${r.status.padEnd(9)} ${r.folds} folds  ${String(r._count.runs).padStart(3)} runs  ${r.createdAt.toISOString()}  ${r.name}`,
        );
      return 0;
    }
    case 'watch':
      if (!id) throw new ExperimentInputError('id', 'an experiment id is required');
      return (await watch(id)) === 'DONE' ? 0 : 2;
    case 'report': {
      if (!id) throw new ExperimentInputError('id', 'an experiment id is required');
      const report = await storeExperimentReport(conn.db, conn.store, id);
      if (!report) throw new Error(`experiment ${id} not found`);
      if (values.out) {
        const input = await loadReportInput(conn.db, id);
        const { files } = renderReport(input as NonNullable<typeof input>);
        for (const [name, file] of Object.entries(files)) {
          const path = join(resolve(values.out), name);
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, file.body);
        }
        console.log(`wrote ${Object.keys(files).length} files to ${resolve(values.out)}`);
      }
      console.log(
        `${report.final ? 'final' : 'provisional'} report; primary test: ${report.method.primaryTest}`,
      );
      for (const f of await presignReportFiles(conn.store, report, 'markdown', 3600))
        console.log(`${f.name}: ${f.url}`);
      return 0;
    }
    case 'requeue': {
      if (!id) throw new ExperimentInputError('id', 'an experiment id is required');
      const created = await requeueFailedExperimentRuns(conn.db, id);
      if (created === null) throw new Error(`experiment ${id} not found`);
      console.log(`${created.length} run(s) re-queued`);
      return 0;
    }
    default:
      console.error(`unknown command ${command}\n\n${HELP}`);
      return 1;
  }
}

// Always an explicit exit: see exitWith (async-exit-hook would turn every code into 0).
connect()
  .then((c) => {
    connection = c;
    return main();
  })
  .then(async (code) => {
    await connection?.close();
    return exitWith(code);
  })
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    await connection?.close().catch(() => {});
    return exitWith(1);
  });
