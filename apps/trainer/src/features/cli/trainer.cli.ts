/**
 * `npm run trainer -- <command>`: train or evaluate from scripts, against DATABASE_URL / S3_* (or
 * the embedded services of a running `npm start`). Training runs in this process through the
 * trainer service's executor and registry; the run is recorded with trigger CLI.
 */
import { parseArgs } from 'node:util';
import { connect } from '../experiments/cli/cli-connection';
import { CliInputError, EXIT } from './cli-input';
import { evaluateCommand } from './evaluate.command';
import { trainCommand } from './train.command';

const HELP = `Usage: npm run trainer -- <command> [options]

Commands
  train     --dataset <id|slug>      train one run here and now (recorded with trigger CLI)
            [--from-scratch]          ignore the active version (default: fine-tune it when compatible)
            [--epochs N] [--variant lite|standard|reference] [--patch-size N] [--batch-size N]
            [--lr X] [--width N] [--blocks 1,1,1] [--seed N]
            [--weighting gradnorm|fixed|uncertainty] [--mask-loss bce|dice|bce+dice]
            [--no-augment] [--weak-labels] [--validate-every N] [--checkpoint-every N]
            [--no-promote]            register the version as a candidate even if the rule says promote
            [--threads N]             threads per training step, data-parallel when > 1 (wasm and cpu
                                      backends; default min(2, cores), as TRAIN_THREADS)
  evaluate  --dataset <id|slug> [--model-version <id|number> | --active]
                                      metrics of a stored version on the validation specimens

Common options
  --json                 print the result as JSON on stdout (progress goes to stderr)
  --backends <list>      backends to try in order (default tfjs-node-gpu,tfjs-node,wasm,cpu)
  -h, --help             this text

Settings not given come from the dataset's trainingPolicy.runDefaults, then the defaults
(apps/trainer/README.md). Ctrl-C cancels a training run (CANCELLED, nothing registered).

Exit codes: 0 done (a model version was registered, whatever the promotion verdict), 1 run failed
or evaluation impossible, 2 bad input, 3 dataset busy with another run, 130 cancelled.

Connection: DATABASE_URL, S3_ENDPOINT, S3_ACCESS_KEY, S3_SECRET_KEY, S3_BUCKET; when unset, the
embedded services of a running \`npm start\` (postgres :54329, s3 :9010).`;

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
    console.log(HELP);
    return EXIT.ok;
  }
  if (command !== 'train' && command !== 'evaluate') {
    console.error(`${command ? `unknown command ${command}` : 'a command is required'}\n\n${HELP}`);
    return EXIT.usage;
  }
  if (rest.length > 0) {
    console.error(`unexpected argument ${rest[0]}\n\n${HELP}`);
    return EXIT.usage;
  }
  const conn = connect();
  console.error(`connected to ${conn.describe}`);
  try {
    return command === 'train' ? await trainCommand(conn, values) : await evaluateCommand(conn, values);
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

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(EXIT.failed);
  });
