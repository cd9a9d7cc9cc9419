/**
 * The embedded S3 server on its own, for bench:api: run in a child process so the load generator
 * does not share an event loop (and CPU time slices) with the object store, as MinIO would not in
 * production. Prints one JSON line with the endpoint once it listens; stops on SIGTERM/SIGINT or
 * when its parent goes away.
 */
import { exitWhenLauncherDies, startEmbeddedS3 } from '@hep2/embedded';

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
console.log(JSON.stringify({ endpoint: s3.endpoint, accessKey: s3.accessKey, secretKey: s3.secretKey }));
