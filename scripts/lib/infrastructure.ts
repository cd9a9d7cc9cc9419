import { join } from 'node:path';
import { startEmbeddedPostgres, startEmbeddedS3 } from '@hep2/embedded';

export interface InfrastructureOptions {
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

export interface Infrastructure {
  databaseUrl: string;
  s3: { endpoint: string; accessKey: string; secretKey: string; bucket: string };
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

/** Uses the configured Postgres / S3 when given, else starts embedded ones under `dataDir`. */
export async function startInfrastructure(options: InfrastructureOptions): Promise<Infrastructure> {
  const stops: (() => Promise<void>)[] = [];
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres({
      dataDir: join(options.dataDir, 'postgres'),
      port: options.pgPort,
      database: 'hep2',
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
export function platformEnv(infra: Infrastructure): Record<string, string> {
  return {
    DATABASE_URL: infra.databaseUrl,
    S3_ENDPOINT: infra.s3.endpoint,
    S3_ACCESS_KEY: infra.s3.accessKey,
    S3_SECRET_KEY: infra.s3.secretKey,
    S3_BUCKET: infra.s3.bucket,
    CHECKPOINT_DISABLE: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  };
}
