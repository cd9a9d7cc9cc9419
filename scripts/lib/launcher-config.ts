import { dataDirOf, parseConfig, platformSettingsSchema } from '@hep2/embedded/settings';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);

// An empty variable means "not set" (e.g. `DATABASE_URL= npm start` to force the embedded one).
const schema = platformSettingsSchema
  .extend({
    API_PORT: port.default(4000),
    WEB_PORT: port.default(3000),
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
  const config = parseConfig(schema, env, { emptyIsUnset: true });
  return {
    ...config,
    SEED_DEMO: config.SEED_DEMO ?? seedDemoDefault(config.DATABASE_URL),
    dataDir: dataDirOf(config),
  };
}
