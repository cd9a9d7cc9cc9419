/**
 * A bare API process that only runs the background workers (imports, exports; no HTTP server): the
 * durable-job tests start it as a child and kill it with SIGKILL mid-job. Ends itself when its
 * parent dies.
 */
import { exitWhenLauncherDies } from '@hep2/embedded';
import { loadApiConfig } from '../../src/config';
import { createServices } from '../../src/services';

exitWhenLauncherDies();
const { close } = await createServices(loadApiConfig(process.env), (line) => console.log(line));
console.log('workers ready');
process.on('SIGTERM', () => {
  void close().finally(() => process.exit(0));
});
