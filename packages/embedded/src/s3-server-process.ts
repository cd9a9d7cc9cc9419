/**
 * The embedded S3 server on its own, in a child process (see embedded-s3-process.ts): so that its
 * clients do not share an event loop with it, as with MinIO in production, and so that tests can
 * freeze it (SIGSTOP) or kill it. Prints one JSON line with the endpoint once it listens; stops on
 * SIGTERM/SIGINT or when its parent goes away.
 */
import { startEmbeddedS3 } from './embedded-s3';
import { exitWhenLauncherDies } from './launcher-watchdog';

const [directory, port, bucket] = process.argv.slice(2);
if (!directory || !port || !bucket) {
  console.error('usage: s3-server-process.ts <directory> <port> <bucket>');
  process.exit(2);
}
exitWhenLauncherDies(process.ppid);
const s3 = await startEmbeddedS3({ directory, port: Number(port), bucket });
const stop = () => void s3.stop().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
console.log(JSON.stringify({ endpoint: s3.endpoint, port: s3.port }));
