/**
 * `npm run trainer -- <command>`: train or evaluate from scripts, against DATABASE_URL / S3_* (or
 * the embedded services of a running `npm start`). Training runs in this process through the
 * trainer service's executor and registry; the run is recorded with trigger CLI.
 */
import { parseArgs } from 'node:util';
import { PLATFORM_CONNECTION_HELP } from '@hep2/embedded';
import { connect, exitWith } from '../experiments/cli/cli-connection';
import { CliInputError, EXIT } from './cli-input';

const TRAIN_HELP = `Usage: npm run trainer -- train --dataset <id|slug> [options]

Trains one run here and now (recorded with trigger CLI), evaluates it on the dataset's validation
specimens beside the baselines (majority class, Otsu threshold, every pixel foreground) and
registers the version; the promotion rule decides on the heads that have validation labels.

  --dataset <id|slug>      the dataset (required)
  --from-scratch           ignore the active version (default: fine-tune it when compatible)
  --epochs N  --batch-size N  --lr X  --seed N
  --variant lite|standard|reference   --width N  --blocks 1,1,1   (lite: width and blocks per stage)
  --patch-size N           network input side (default: the dataset's patch size for cell-level
                           datasets up to 128 px, rounded to what the network accepts; else 64)
  --view tiles|resized     tiles: each patch at its own resolution, seen through windows of the
                           input side (masks learnt where outlines are; the default for patches
                           over 128 px); resized: the whole patch shrunk to the input side
  --view-size N            tiles: the side each patch is seen at (default 256, or the patch size
                           when smaller; 384 for a 384 px tile at its own resolution)
  --weighting gradnorm|fixed|uncertainty   --mask-loss bce|dice|bce+dice
  --normalisation bit-depth|specimen|min-max
                           input scaling (default bit-depth: keeps absolute brightness for the
                           intensity grade; specimen: divide by each well's bright level, for sets
                           whose exposure varies between wells)
  --no-augment  --weak-labels (also train on specimen-level labels; they never validate)
  --validate-every N  --checkpoint-every N
  --no-promote             register the version as a candidate even if the rule says promote
  --threads N              threads per training step, data-parallel when > 1 (wasm and cpu
                           backends; default min(2, cores), as TRAIN_THREADS)

A run needs curated labels (approved annotations, or an import with --labels curated) on at least
one validation specimen: without them it ends FAILED saying so (exit 1).`;

const EVALUATE_HELP = `Usage: npm run trainer -- evaluate --dataset <id|slug> [--model-version <id|number> | --active]

Metrics of a stored version (default: the ACTIVE one) on the dataset's validation specimens, the
same figures the registry stores, beside the baselines (majority class, Otsu, every pixel foreground).`;

const COMMON_HELP = `Common options
  --json                 print the result as JSON on stdout (progress goes to stderr)
  --backends <list>      backends to try in order (default tfjs-node-gpu,tfjs-node,wasm,cpu)
  -h, --help             this text (with a command: that command's options)

Settings not given come from the dataset's trainingPolicy.runDefaults, then the defaults
(apps/trainer/README.md). Ctrl-C cancels a training run (CANCELLED, nothing registered).

Exit codes: 0 done (a model version was registered, whatever the promotion verdict), 1 run failed
or evaluation impossible, 2 bad input, 3 dataset busy with another run, 130 cancelled.

${PLATFORM_CONNECTION_HELP}`;

const HELP = `Usage: npm run trainer -- <command> [options]

Commands
  train     --dataset <id|slug> [options]   train one run here and now (trigger CLI)
  evaluate  --dataset <id|slug> [--model-version <id|number> | --active]
                                            metrics of a stored version on the validation specimens
Run \`npm run trainer -- <command> --help\` for a command's options.

${COMMON_HELP}`;

const helpFor = (command: string | undefined) =>
  command === 'train'
    ? `${TRAIN_HELP}\n\n${COMMON_HELP}`
    : command === 'evaluate'
      ? `${EVALUATE_HELP}\n\n${COMMON_HELP}`
      : HELP;

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      dataset: { type: 'string' },
      'from-scratch': { type: 'boolean' },
      epochs: { type: 'string' },
      variant: { type: 'string' },
      'patch-size': { type: 'string' },
      'batch-size': { type: 'string' },
      lr: { type: 'string' },
      width: { type: 'string' },
      blocks: { type: 'string' },
      seed: { type: 'string' },
      weighting: { type: 'string' },
      'mask-loss': { type: 'string' },
      normalisation: { type: 'string' },
      view: { type: 'string' },
      'view-size': { type: 'string' },
      'no-augment': { type: 'boolean' },
      'weak-labels': { type: 'boolean' },
      'validate-every': { type: 'string' },
      'checkpoint-every': { type: 'string' },
      'no-promote': { type: 'boolean' },
      threads: { type: 'string' },
      'model-version': { type: 'string' },
      active: { type: 'boolean' },
      backends: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help) {
    console.log(helpFor(command));
    return EXIT.ok;
  }
  if (command !== 'train' && command !== 'evaluate') {
    console.error(`${command ? `unknown command ${command}` : 'a command is required'}\n\n${HELP}`);
    return EXIT.usage;
  }
  if (rest.length > 0) {
    console.error(`unexpected argument ${rest[0]}\n\n${helpFor(command)}`);
    return EXIT.usage;
  }
  // Loaded only for a command that runs: TensorFlow.js and the model take seconds to load, and
  // --help or a usage error should answer at once.
  const run =
    command === 'train'
      ? (await import('./train.command')).trainCommand
      : (await import('./evaluate.command')).evaluateCommand;
  const conn = await connect();
  try {
    return await run(conn, values);
  } catch (error) {
    if (error instanceof CliInputError) {
      console.error(error.message);
      return EXIT.usage;
    }
    throw error;
  } finally {
    await conn.close();
  }
}

// Always an explicit exit: see exitWith (async-exit-hook would turn every code into 0).
main()
  .then((code) => exitWith(code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    return exitWith(EXIT.failed);
  });
