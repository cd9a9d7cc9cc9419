/**
 * The repository's command-line tools run as a user or a script runs them: `node --import tsx
 * <script>` from the repository root, with the output collected. Test code only; shared by the CLI
 * tests of every workspace so that each does not spawn its own way.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const HEP2_CLI = 'packages/catalog/src/cli/hep2.cli.ts';
export const TRAINER_CLI = 'apps/trainer/src/features/cli/trainer.cli.ts';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `script` (a path from the repository root) with `args`; `env` is the test's own by default. */
export function runCli(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<CliResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    // 'close', not 'exit': the output is complete only once both pipes have closed.
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `hep2 ...` (packages/catalog). */
export const hep2Cli = (args: string[], env?: NodeJS.ProcessEnv) => runCli(HEP2_CLI, args, env);

/** `trainer ...` (apps/trainer), as `npm run trainer -- ...` runs it. */
export const trainerCli = (args: string[], env?: NodeJS.ProcessEnv) => runCli(TRAINER_CLI, args, env);
