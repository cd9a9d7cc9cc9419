import { createDb, type Db, pendingObjectReader } from '@hep2/db';
import { ObjectStore } from '@hep2/storage';
import { z } from 'zod';

// The embedded services of `npm start` (scripts/lib/launcher-config.ts defaults; s3rver's fixed key).
const EMBEDDED = {
  DATABASE_URL: 'postgresql://postgres:postgres@127.0.0.1:54329/hep2',
  S3_ENDPOINT: 'http://127.0.0.1:9010',
  S3_ACCESS_KEY: 'S3RVER',
  S3_SECRET_KEY: 'S3RVER',
};

const schema = z.object({
  DATABASE_URL: z.string().url().default(EMBEDDED.DATABASE_URL),
  S3_ENDPOINT: z.string().url().default(EMBEDDED.S3_ENDPOINT),
  S3_ACCESS_KEY: z.string().min(1).default(EMBEDDED.S3_ACCESS_KEY),
  S3_SECRET_KEY: z.string().min(1).default(EMBEDDED.S3_SECRET_KEY),
  S3_BUCKET: z.string().min(3).default('hep2'),
  S3_REGION: z.string().default('us-east-1'),
  S3_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
});

export interface CliConnection {
  db: Db;
  store: ObjectStore;
  describe: string;
  close(): Promise<void>;
}

/** DATABASE_URL / S3_* when set, else the embedded services a running `npm start` provides. */
export function connect(env: NodeJS.ProcessEnv = process.env): CliConnection {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(clean);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const db = createDb({ connectionString: c.DATABASE_URL, poolSize: 2 });
  const store = new ObjectStore({
    endpoint: c.S3_ENDPOINT,
    accessKey: c.S3_ACCESS_KEY,
    secretKey: c.S3_SECRET_KEY,
    bucket: c.S3_BUCKET,
    region: c.S3_REGION,
    idleTimeoutMs: c.S3_IDLE_TIMEOUT_MS,
    // annotation masks committed but not uploaded yet are read from the database's outbox
    pending: pendingObjectReader(db),
  });
  const embedded = !env.DATABASE_URL;
  return {
    db,
    store,
    describe: `${new URL(c.DATABASE_URL).host}${embedded ? ' (embedded defaults of `npm start`)' : ''}, ${c.S3_ENDPOINT}`,
    close: () => db.$disconnect(),
  };
}
