import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/*
 * The platform's connection settings, defined once: Postgres, the object store and the embedded
 * services that stand in for both in development. The apps' config modules compose
 * `platformServicesSchema` (everything required: the launcher or the deployment sets it); the
 * launcher and the CLIs compose `platformSettingsSchema` (unset services: the embedded ones).
 * Only zod here, so that a config module can import it (`@hep2/embedded/settings`) without
 * loading the embedded servers.
 */

/** Where `npm start` runs its embedded services when DATABASE_URL / S3_ENDPOINT are unset. */
export const EMBEDDED_DEFAULTS = {
  /** EMBEDDED_PG_PORT */
  pgPort: 54329,
  /** EMBEDDED_S3_PORT */
  s3Port: 9010,
  /** HEP2_DATA_DIR, relative to the repository root */
  dataDir: '.data/dev',
  /** The embedded Postgres' database */
  database: 'hep2',
} as const;

/** The repository root: a relative HEP2_DATA_DIR names the same folder from any working directory. */
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const port = z.coerce.number().int().min(1).max(65535);

/** Postgres and S3 as an app process needs them: all set, by the launcher or by a deployment. */
export const platformServicesSchema = z.object({
  DATABASE_URL: z.string().url({ message: 'must be a postgresql:// URL' }),
  S3_ENDPOINT: z.string().url({ message: 'must be an http(s):// URL' }),
  S3_ACCESS_KEY: z.string().min(1),
  S3_SECRET_KEY: z.string().min(1),
  S3_BUCKET: z.string().min(3).default('hep2'),
  S3_REGION: z.string().default('us-east-1'),
  /** Where browsers reach the object store (presigned URLs); defaults to S3_ENDPOINT. */
  S3_PUBLIC_ENDPOINT: z.string().url().optional(),
  /**
   * An object-store request that sends or receives no byte for this long fails instead of hanging
   * on a frozen store. A no-progress limit, so large uploads are never cut.
   */
  S3_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
});

/** The same settings where Postgres and S3 may be left unset, to use the embedded ones instead. */
export const platformSettingsSchema = platformServicesSchema
  .partial({ DATABASE_URL: true, S3_ENDPOINT: true, S3_ACCESS_KEY: true, S3_SECRET_KEY: true })
  .extend({
    EMBEDDED_PG_PORT: port.default(EMBEDDED_DEFAULTS.pgPort),
    EMBEDDED_S3_PORT: port.default(EMBEDDED_DEFAULTS.s3Port),
    /** The embedded services' data (Postgres under postgres/, S3 under s3/). */
    HEP2_DATA_DIR: z.string().default(EMBEDDED_DEFAULTS.dataDir),
  });

export type PlatformServicesConfig = z.output<typeof platformServicesSchema>;
export type PlatformSettings = z.output<typeof platformSettingsSchema>;

/** HEP2_DATA_DIR as an absolute path (a relative one is taken from the repository root). */
export function dataDirOf(settings: Pick<PlatformSettings, 'HEP2_DATA_DIR'>): string {
  return resolve(REPO_ROOT, settings.HEP2_DATA_DIR);
}

export interface ParseConfigOptions {
  /** Names the process in the error: "Invalid API configuration". */
  label?: string;
  /** An empty variable counts as unset (e.g. `DATABASE_URL= npm start` forces the embedded one). */
  emptyIsUnset?: boolean;
}

/** Validates an environment with `schema`; the error names every bad variable. */
export function parseConfig<T extends z.ZodType>(
  schema: T,
  env: NodeJS.ProcessEnv,
  options: ParseConfigOptions = {},
): z.output<T> {
  const input = options.emptyIsUnset
    ? Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''))
    : env;
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid ${options.label ? `${options.label} ` : ''}configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The CLIs' settings: the platform's, empty variables unset. */
export function loadPlatformSettings(env: NodeJS.ProcessEnv = process.env): PlatformSettings {
  return parseConfig(platformSettingsSchema, env, { emptyIsUnset: true });
}

/** What an ObjectStore (@hep2/storage) takes, less the reader of pending objects. */
export interface ObjectStoreSettings {
  endpoint: string;
  accessKey: string;
  secretKey: string;
  bucket: string;
  region: string;
  idleTimeoutMs: number;
}

/** The object store of a configured platform (an app's config). */
export function objectStoreSettings(config: PlatformServicesConfig): ObjectStoreSettings {
  return {
    endpoint: config.S3_ENDPOINT,
    accessKey: config.S3_ACCESS_KEY,
    secretKey: config.S3_SECRET_KEY,
    bucket: config.S3_BUCKET,
    region: config.S3_REGION,
    idleTimeoutMs: config.S3_IDLE_TIMEOUT_MS,
  };
}
