import { resolve } from 'node:path';
import { z } from 'zod';

// An empty variable means "not set" (e.g. `DATABASE_URL= npm start` to force the embedded one).
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);
const optionalUrl = z.preprocess(unsetIfEmpty, z.string().url().optional());

const schema = z
  .object({
    HEP2_DATA_DIR: z.string().default('.data/dev'),
    DATABASE_URL: optionalUrl,
    S3_ENDPOINT: optionalUrl,
    S3_ACCESS_KEY: z.preprocess(unsetIfEmpty, z.string().optional()),
    S3_SECRET_KEY: z.preprocess(unsetIfEmpty, z.string().optional()),
    S3_BUCKET: z.string().min(3).default('hep2'),
    S3_REGION: z.string().default('us-east-1'),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    EMBEDDED_S3_PORT: z.coerce.number().int().min(1).max(65535).default(9010),
    API_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
    WEB_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Unset: seed only with the embedded database (see seedDemoDefault). */
    SEED_DEMO: z.enum(['true', 'false']).optional(),
  })
  .refine((env) => !env.S3_ENDPOINT || (env.S3_ACCESS_KEY && env.S3_SECRET_KEY), {
    message: 'S3_ACCESS_KEY and S3_SECRET_KEY are required when S3_ENDPOINT is set',
    path: ['S3_ACCESS_KEY'],
  });

export type LauncherConfig = Omit<z.infer<typeof schema>, 'SEED_DEMO'> & {
  dataDir: string;
  SEED_DEMO: 'true' | 'false';
};

/**
 * Demo users have known passwords (printed at start, in the README): seeding them into a real
 * database (DATABASE_URL given) would open it to anyone who read them. So by default the demo is
 * seeded only into the embedded database; SEED_DEMO=true forces it anywhere.
 */
const seedDemoDefault = (databaseUrl: string | undefined) => (databaseUrl ? 'false' : 'true');

/** The launcher's settings: with none set, everything runs embedded under HEP2_DATA_DIR. */
export function loadLauncherConfig(env: NodeJS.ProcessEnv = process.env): LauncherConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return {
    ...parsed.data,
    SEED_DEMO: parsed.data.SEED_DEMO ?? seedDemoDefault(parsed.data.DATABASE_URL),
    dataDir: resolve(parsed.data.HEP2_DATA_DIR),
  };
}
