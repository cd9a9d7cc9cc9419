/**
 * A bare API process that only runs the import workers (no HTTP server): the durable-import test
 * starts it as a child and kills it with SIGKILL mid-import. Ends itself when its parent dies.
 */
import { exitWhenLauncherDies } from '@hep2/embedded';
import { loadApiConfig } from '../../src/config';
import { createServices } from '../../src/services';

exitWhenLauncherDies();
const { close } = await createServices(loadApiConfig(process.env), (line) => console.log(line));
console.log('import worker ready');
process.on('SIGTERM', () => {
  void close().finally(() => process.exit(0));
});
