import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type EmbeddedS3, type EmbeddedS3Options, S3RVER_KEY } from './embedded-s3';

export interface EmbeddedS3Process extends EmbeddedS3 {
  /** The server's process: benchmarks keep it off their event loop, tests freeze it (SIGSTOP/SIGCONT). */
  process: ChildProcess;
}

const SCRIPT = fileURLToPath(new URL('./s3-server-process.ts', import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The embedded S3 server in a child process; port 0 picks a free one. */
export async function startEmbeddedS3Process(options: EmbeddedS3Options): Promise<EmbeddedS3Process> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', SCRIPT, options.directory, String(options.port), options.bucket],
    // cwd inside the repository, so that `--import tsx` resolves from its node_modules.
    { cwd: PACKAGE_DIR, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const line = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const end = buffered.indexOf('\n');
      if (end >= 0) resolve(buffered.slice(0, end));
    });
    child.once('exit', (code) => reject(new Error(`S3 server process exited (${code})`)));
  });
  const { endpoint, port } = JSON.parse(line) as { endpoint: string; port: number };
  return {
    endpoint,
    port,
    accessKey: S3RVER_KEY,
    secretKey: S3RVER_KEY,
    bucket: options.bucket,
    process: child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // A frozen (SIGSTOPped) server would never act on SIGTERM.
      child.kill('SIGCONT');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
