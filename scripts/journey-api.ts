/**
 * `npm run journey:api`: the whole lab journey through the GraphQL API alone (import, labelling by
 * two annotators, review with a rejection that is fixed, training, promotion, scoring, the active
 * queue, COCO + seed CSV exports), printed step by step with timings.
 *
 *   npm run journey:api                      # on a throw-away platform (free ports, temp data)
 *   npm run journey:api -- --api-url http://api:4000 --admin-email a@lab --admin-password ... \
 *       --server-path /data/incoming/synthetic   # against a running deployment (the folder must be
 *                                                # on the API server; see @hep2/data writeDatasetFolder)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Platform, startPlatform } from '../test/e2e/support/platform';
import { JOURNEY_PATCH, JOURNEY_TRAINER_ENV, runApiJourney, writeJourneyDataset } from './lib/api-journey';

async function main() {
  const { values } = parseArgs({
    options: {
      'api-url': { type: 'string' },
      'admin-email': { type: 'string', default: 'admin@demo.local' },
      'admin-password': { type: 'string', default: 'demo-admin-pass' },
      'server-path': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run journey:api [-- --api-url URL --admin-email E --admin-password P --server-path DIR]',
    );
    return;
  }
  let platform: Platform | null = null;
  const dir = await mkdtemp(join(tmpdir(), 'hep2-journey-'));
  try {
    let apiUrl = values['api-url'];
    if (!apiUrl) {
      console.log('starting a throw-away platform (API + trainer, embedded Postgres and S3)...');
      platform = await startPlatform({ web: false, trainer: true, env: JOURNEY_TRAINER_ENV });
      apiUrl = platform.apiUrl;
    }
    let serverPath = values['server-path'];
    if (!serverPath) {
      await writeJourneyDataset(dir);
      serverPath = dir;
    }
    const report = await runApiJourney({
      apiUrl,
      admin: { email: values['admin-email'] as string, password: values['admin-password'] as string },
      serverPath,
      patchSize: JOURNEY_PATCH,
      log: (line) => console.log(line),
    });
    console.log(JSON.stringify(report, null, 2));
    if (!report.scoring.available) console.log(`\nNOT DONE: scoring - ${report.scoring.missing}`);
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    if (platform) console.error(platform.output().slice(-4000));
    process.exitCode = 1;
  } finally {
    await platform?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
