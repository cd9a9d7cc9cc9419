import { exitWhenLauncherDies } from '@hep2/embedded';
import { createApiServer } from './app';
import { loadApiConfig } from './config';
import { createServices } from './services';

exitWhenLauncherDies();
const config = loadApiConfig();
const { services, close } = await createServices(config);
const server = await createApiServer(services);
const port = await server.listen(config.API_PORT, config.API_HOST);
console.log(`api: GraphQL on http://${config.API_HOST}:${port}/graphql (ws on the same path)`);

const shutdown = async () => {
  await server.stop();
  await close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
