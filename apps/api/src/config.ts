import { tmpdir } from 'node:os';
import { parseConfig, platformServicesSchema } from '@hep2/embedded/settings';
import { z } from 'zod';
import { invalidAddressEntries } from './shared/address-list';

const boolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** A comma list of IPs and CIDR ranges (and host names where `hostNames`), refused naming bad entries. */
const addressList = (hostNames: boolean) =>
  z.string().superRefine((value, ctx) => {
    const bad = invalidAddressEntries(value, { hostNames });
    if (bad.length > 0) {
      const kinds = hostNames ? 'IPs, CIDR ranges or host names' : 'IPs or CIDR ranges';
      ctx.addIssue({ code: 'custom', message: `not ${kinds}: ${bad.join(', ')}` });
    }
  });

/**
 * Postgres and the object store (DATABASE_URL, S3_*, shared with the trainer and the launcher) and
 * the API's own settings. A request the store leaves idle for S3_IDLE_TIMEOUT_MS fails with
 * STORAGE_UNAVAILABLE.
 */
const schema = platformServicesSchema.extend({
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  API_HOST: z.string().default('127.0.0.1'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /**
   * How long a replica may reuse a signed-in viewer it resolved (features/accounts/viewer-cache.ts:
   * changes reach every replica by database events; this bounds an entry's life). 0: look up always.
   */
  VIEWER_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  PRESIGN_TTL_SECONDS: z.coerce.number().int().min(10).max(86400).default(300),
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(64 * 1024 * 1024),
  MAX_IMAGE_PIXELS: z.coerce.number().int().positive().default(40_000_000),
  /**
   * Largest dataset archive (.zip) an admin may upload for an import (default 2 GiB; a presigned
   * PUT is one request, and S3 takes at most 5 GiB in one).
   */
  MAX_ARCHIVE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .max(5 * 1024 ** 3)
    .default(2 * 1024 ** 3),
  /** Zip bombs: an archive whose files add up to more than this once unpacked is refused. */
  MAX_ARCHIVE_UNPACKED_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 1024 ** 3),
  /** An archive with more entries than this is refused. */
  MAX_ARCHIVE_FILES: z.coerce.number().int().positive().default(100_000),
  /** Where import workers unpack archives (needs room for MAX_ARCHIVE_UNPACKED_BYTES); default the OS temp dir. */
  IMPORT_SCRATCH_DIR: z.string().optional(),
  /** startImport's serverPath must resolve (symlinks followed) inside this folder; the CLI is not bound by it. */
  IMPORT_ROOT: z.string().min(1).default(tmpdir()),
  /** Upload requests never completed are removed (object and row) this long after their URL expired. */
  UPLOAD_SWEEP_GRACE_SECONDS: z.coerce.number().int().min(0).max(604_800).default(3600),

  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(15),
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(10).default(5000),
  /** Schema introspection; unset: on, except with NODE_ENV=production (a map of the API for attackers). */
  GRAPHQL_INTROSPECTION: boolean.optional(),
  /** Only read to pick defaults that differ in production (GRAPHQL_INTROSPECTION). */
  NODE_ENV: z.string().default('development'),
  /** Aliased fields per operation: enough for any screen of the web app; aliases multiply work at no cost to send. */
  MAX_QUERY_ALIASES: z.coerce.number().int().min(1).default(100),
  /**
   * Requests costing this much or more run one at a time (graphql/heavy-request-gate.ts), so light
   * ones never queue behind several; every screen of the web app costs less (query-costs.test.ts).
   */
  HEAVY_QUERY_COST: z.coerce.number().int().min(1).default(2500),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(300),
  /**
   * Proxies whose X-Forwarded-For names the client (sign-in limits count by client address). Default
   * loopback: the web app's proxy on the same host. Only list addresses no client can connect from.
   */
  TRUSTED_PROXIES: addressList(false).default('127.0.0.0/8,::1'),
  LEASE_SECONDS: z.coerce.number().int().min(5).default(600),
  /** A curator may review (approve, reject, edit-approve) a patch they labelled themselves; default: a second person must. */
  ALLOW_SELF_REVIEW: boolean.default(false),
  /** Annotators may read imported labels and agreement figures of patches still being labelled (anchoring bias). */
  ANNOTATORS_SEE_IMPORTED_LABELS: boolean.default(false),
  CORS_ORIGINS: z.string().default(''),
  SECURE_COOKIES: boolean.default(false),
  LOG_REQUESTS: boolean.default(false),
  /** Background imports run from a durable queue (pg-boss) in every API process; false: enqueue only. */
  IMPORT_WORKER: boolean.default(true),
  /** The import queue's name (deployments sharing one database, or tests, keep theirs apart). */
  IMPORT_QUEUE: z
    .string()
    .regex(/^[\w.-]+$/, { message: 'letters, digits, dot, dash, underscore' })
    .default('dataset-import'),
  /** Imports running at once in one API process. */
  IMPORT_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  /** A worker that stops heartbeating this long (process killed) has its import retried (pg-boss: >= 10). */
  IMPORT_HEARTBEAT_SECONDS: z.coerce.number().int().min(10).default(30),
  /** Retries after a worker died mid-import; then the job ends FAILED with the reason. */
  IMPORT_RETRY_LIMIT: z.coerce.number().int().min(0).max(10).default(2),
  /** How often the background-job queue's supervisor looks for dead import and export workers. */
  IMPORT_SUPERVISE_SECONDS: z.coerce.number().int().min(1).default(10),
  /** Background exports (.zip archives) run from a durable queue in every API process; false: enqueue only. */
  EXPORT_WORKER: boolean.default(true),
  /** The export queue's name (deployments sharing one database, or tests, keep theirs apart). */
  EXPORT_QUEUE: z
    .string()
    .regex(/^[\w.-]+$/, { message: 'letters, digits, dot, dash, underscore' })
    .default('dataset-export'),
  /** Exports running at once in one API process (each reads one object at a time). */
  EXPORT_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  /** A worker that stops heartbeating this long (process killed) has its export retried (pg-boss: >= 10). */
  EXPORT_HEARTBEAT_SECONDS: z.coerce.number().int().min(10).default(30),
  /** Retries after a worker died mid-export; then the job ends FAILED with the reason. */
  EXPORT_RETRY_LIMIT: z.coerce.number().int().min(0).max(10).default(2),
  /** Deliver webhooks from this API process (every replica may); false: only queue them. */
  WEBHOOK_WORKER: boolean.default(true),
  /** Webhooks may target private, loopback and link-local addresses (an admin could read internal services). */
  WEBHOOK_ALLOW_PRIVATE: boolean.default(false),
  /** Internal webhook receivers allowed anyway: host names, IPs, CIDR ranges (comma list). */
  WEBHOOK_ALLOWED_HOSTS: addressList(true).default(''),
  /** A receiver that has not answered (headers and body) after this long fails the attempt. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** Delay before the first retry; each further one waits 4 times longer (with jitter), at most 1 h. */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(10_000),
  /** Attempts per delivery before it ends FAILED. */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** How often due deliveries are looked for besides the wake-up the database sends on new ones. */
  WEBHOOK_POLL_MS: z.coerce.number().int().min(10).max(600_000).default(2000),
  /** Deliveries in flight at once in one API process. */
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** Deliveries older than this are deleted, whatever their status. */
  WEBHOOK_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
});

export type ApiConfig = z.infer<typeof schema>;

/** Validates the environment once at start-up; the message names every bad variable. */
export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  return parseConfig(schema, env, { label: 'API' });
}
