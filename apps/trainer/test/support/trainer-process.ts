import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_TRAINER_ENV } from './trainer-env';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export interface TrainerProcess {
  workerId: string;
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** `apps/trainer/src/main.ts` as its own OS process (what `npm start` runs), with test cadences. */
export async function startTrainerProcess(workerId: string): Promise<TrainerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/trainer/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...TEST_TRAINER_ENV, TRAINER_WORKER_ID: workerId },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line) continue;
        output.push(line);
        if (line.includes('watching for training runs')) resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) =>
      reject(new Error(`trainer ${workerId} exited (${code}): ${output.join('\n')}`)),
    );
  });
  await ready;
  return {
    workerId,
    child,
    output,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
