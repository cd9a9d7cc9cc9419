import { embeddedPostgresUrl } from './embedded-postgres';
import { embeddedS3Connection } from './embedded-s3';
import { isPortInUse } from './free-port';
import { type PlatformServices, startPlatformServices } from './platform-services';
import {
  dataDirOf,
  EMBEDDED_DEFAULTS,
  type ObjectStoreSettings,
  type PlatformSettings,
} from './platform-settings';

export interface ConnectPlatformOptions {
  log: (line: string) => void;
  /**
   * The CLIs: a configured deployment needs all of DATABASE_URL and S3_*, and with none of them the
   * services of a running `npm start` on EMBEDDED_PG_PORT / EMBEDDED_S3_PORT are used when they
   * listen. Without it (the launcher) each unset service is started, never reused.
   */
  reuseRunning?: boolean;
  /** Where started services keep their data (default: HEP2_DATA_DIR). */
  dataDir?: string;
  /** Runs on services this process started before they are handed out (migrations); stops them on failure. */
  prepare?: (databaseUrl: string) => Promise<unknown>;
}

export interface PlatformConnection extends PlatformServices {
  /** Which services these are, for a "using ..." line. */
  describe: string;
  objectStore: ObjectStoreSettings;
}

/** The connection part of a CLI's --help. */
export const PLATFORM_CONNECTION_HELP = `Connection:
  DATABASE_URL, S3_ENDPOINT, S3_ACCESS_KEY, S3_SECRET_KEY [, S3_BUCKET, S3_REGION]
      a configured deployment (all of DATABASE_URL and S3_ENDPOINT/keys, or none).
  S3_IDLE_TIMEOUT_MS  an object-store request moving no byte this long fails (default 30000).
  Unset: the running \`npm start\` on 127.0.0.1:$EMBEDDED_PG_PORT (${EMBEDDED_DEFAULTS.pgPort}) and :$EMBEDDED_S3_PORT
      (${EMBEDDED_DEFAULTS.s3Port}), bucket hep2; when nothing listens there, embedded services are started on
      those ports with the data of $HEP2_DATA_DIR (${EMBEDDED_DEFAULTS.dataDir}) and stopped when done. The
      choice is printed on stderr.`;

/**
 * The platform's Postgres and S3: the configured ones, else embedded ones, reused (a running
 * `npm start`, with `reuseRunning`) or started here. Says loudly when a CLI starts its own, since
 * their data then lives under HEP2_DATA_DIR, not in the platform the user may think is running.
 */
export async function connectPlatform(
  settings: PlatformSettings,
  options: ConnectPlatformOptions,
): Promise<PlatformConnection> {
  const dataDir = options.dataDir ?? dataDirOf(settings);
  const connection = (services: PlatformServices, who: string): PlatformConnection => ({
    ...services,
    describe: `${who}: postgres ${new URL(services.databaseUrl).host}, S3 ${services.s3.endpoint} bucket ${services.s3.bucket}`,
    objectStore: { ...services.s3, region: settings.S3_REGION, idleTimeoutMs: settings.S3_IDLE_TIMEOUT_MS },
  });
  if (options.reuseRunning) {
    const found = await configuredOrRunning(settings);
    if (found) return connection(found.services, found.who);
    options.log(
      [
        `*** no running \`npm start\` found (nothing listens on 127.0.0.1:${settings.EMBEDDED_PG_PORT} and :${settings.EMBEDDED_S3_PORT}) and DATABASE_URL / S3_* are unset.`,
        `*** STARTING OWN embedded Postgres and S3 on ${dataDir}; they stop when this command ends.`,
        '*** If `npm start` runs on other ports, stop this and set EMBEDDED_PG_PORT / EMBEDDED_S3_PORT (or DATABASE_URL and S3_*).',
      ].join('\n'),
    );
  }
  const services = await startPlatformServices({
    dataDir,
    databaseUrl: settings.DATABASE_URL,
    s3: settings.S3_ENDPOINT
      ? {
          endpoint: settings.S3_ENDPOINT,
          accessKey: settings.S3_ACCESS_KEY ?? '',
          secretKey: settings.S3_SECRET_KEY ?? '',
        }
      : undefined,
    bucket: settings.S3_BUCKET,
    pgPort: settings.EMBEDDED_PG_PORT,
    s3Port: settings.EMBEDDED_S3_PORT,
    log: options.log,
  });
  if (options.prepare) {
    try {
      await options.prepare(services.databaseUrl);
    } catch (err) {
      await services.stop();
      throw err;
    }
  }
  const started = [services.embedded.postgres && 'postgres', services.embedded.s3 && 'S3'].filter(Boolean);
  const who = started.length
    ? `embedded ${started.join(' and ')} started here (data in ${dataDir})`
    : 'the configured services';
  return connection(services, who);
}

/** For the CLIs: a configured deployment (all of it), else a running `npm start`, else null. */
async function configuredOrRunning(
  settings: PlatformSettings,
): Promise<{ services: PlatformServices; who: string } | null> {
  const { DATABASE_URL, S3_ENDPOINT, S3_ACCESS_KEY, S3_SECRET_KEY, S3_BUCKET } = settings;
  if (DATABASE_URL || S3_ENDPOINT) {
    if (!DATABASE_URL || !S3_ENDPOINT || !S3_ACCESS_KEY || !S3_SECRET_KEY)
      throw new Error(
        'set all of DATABASE_URL, S3_ENDPOINT, S3_ACCESS_KEY and S3_SECRET_KEY, or none of them',
      );
    const s3 = {
      endpoint: S3_ENDPOINT,
      accessKey: S3_ACCESS_KEY,
      secretKey: S3_SECRET_KEY,
      bucket: S3_BUCKET,
    };
    return { services: notStarted(DATABASE_URL, s3), who: 'the configured deployment' };
  }
  const pgPort = settings.EMBEDDED_PG_PORT;
  const s3Port = settings.EMBEDDED_S3_PORT;
  const [pgUp, s3Up] = await Promise.all([isPortInUse(pgPort), isPortInUse(s3Port)]);
  if (pgUp && s3Up) {
    const services = notStarted(
      embeddedPostgresUrl(pgPort, EMBEDDED_DEFAULTS.database),
      embeddedS3Connection(s3Port, S3_BUCKET),
    );
    return { services, who: 'the running npm start' };
  }
  if (pgUp || s3Up)
    throw new Error(
      `only one of the embedded ports ${pgPort} / ${s3Port} is in use: is \`npm start\` half running? ` +
        'Stop it, set EMBEDDED_PG_PORT / EMBEDDED_S3_PORT to its ports, or set DATABASE_URL and S3_* to a deployment.',
    );
  return null;
}

function notStarted(databaseUrl: string, s3: PlatformServices['s3']): PlatformServices {
  return { databaseUrl, s3, embedded: { postgres: false, s3: false }, stop: async () => {} };
}
