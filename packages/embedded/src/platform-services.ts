import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { startEmbeddedS3 } from './embedded-s3';
import { EMBEDDED_DEFAULTS } from './platform-settings';

export interface S3Connection {
  endpoint: string;
  accessKey: string;
  secretKey: string;
  bucket: string;
}

export interface PlatformServicesOptions {
  dataDir: string;
  databaseUrl?: string;
  s3?: { endpoint: string; accessKey: string; secretKey: string };
  bucket: string;
  pgPort: number;
  s3Port: number;
  log: (line: string) => void;
  /** Extra settings for the embedded Postgres (ignored with DATABASE_URL). */
  postgresSettings?: Record<string, string>;
}

export interface PlatformServices {
  databaseUrl: string;
  s3: S3Connection;
  /** The services this process started (and `stop` stops). */
  embedded: { postgres: boolean; s3: boolean };
  stop(): Promise<void>;
}

/**
 * The embedded S3 server (s3rver) takes requests without a valid signature, even unsigned ones:
 * anyone who reaches its port may read and write every object. Fine on 127.0.0.1 for development;
 * a deployment sets S3_ENDPOINT to MinIO (README "Deploy").
 */
export const EMBEDDED_S3_WARNING =
  'WARNING: the embedded object store accepts unsigned requests (any local process can read and write every object): development only; set S3_ENDPOINT (MinIO) for real data';

/** Uses the given Postgres / S3 when set, else starts embedded ones under `dataDir`. */
export async function startPlatformServices(options: PlatformServicesOptions): Promise<PlatformServices> {
  const stops: (() => Promise<void>)[] = [];
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres({
      dataDir: join(options.dataDir, 'postgres'),
      port: options.pgPort,
      database: EMBEDDED_DEFAULTS.database,
      log: options.log,
      ...(options.postgresSettings ? { settings: options.postgresSettings } : {}),
    });
    stops.push(pg.stop);
    databaseUrl = pg.connectionString;
  }
  let s3 = options.s3 ? { ...options.s3, bucket: options.bucket } : undefined;
  if (!s3) {
    const embedded = await startEmbeddedS3({
      directory: join(options.dataDir, 's3'),
      port: options.s3Port,
      bucket: options.bucket,
    });
    stops.push(embedded.stop);
    s3 = {
      endpoint: embedded.endpoint,
      accessKey: embedded.accessKey,
      secretKey: embedded.secretKey,
      bucket: embedded.bucket,
    };
  }
  return {
    databaseUrl,
    s3,
    embedded: { postgres: !options.databaseUrl, s3: !options.s3 },
    stop: async () => {
      for (const stop of stops.reverse()) await stop().catch(() => {});
    },
  };
}

/** The environment every app process receives. */
export function platformEnv(services: Pick<PlatformServices, 'databaseUrl' | 's3'>): Record<string, string> {
  return {
    DATABASE_URL: services.databaseUrl,
    S3_ENDPOINT: services.s3.endpoint,
    S3_ACCESS_KEY: services.s3.accessKey,
    S3_SECRET_KEY: services.s3.secretKey,
    S3_BUCKET: services.s3.bucket,
    CHECKPOINT_DISABLE: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  };
}
