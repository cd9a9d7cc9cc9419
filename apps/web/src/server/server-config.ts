import { parseConfig, platformSettingsSchema } from '@hep2/embedded/settings';
import { z } from 'zod';

const schema = platformSettingsSchema.pick({ S3_ENDPOINT: true, S3_PUBLIC_ENDPOINT: true }).extend({
  WEB_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  WEB_HOST: z.string().default('127.0.0.1'),
  WEB_DEV: z.enum(['true', 'false']).default('false'),
  /** Where this server forwards /graphql (HTTP and WebSocket). */
  API_URL: z.string().url({ message: 'must be an http(s):// URL' }).default('http://127.0.0.1:4000'),
});

export interface WebServerConfig {
  port: number;
  host: string;
  dev: boolean;
  apiUrl: URL;
  /** Where /objects/* is forwarded (same-origin image bytes for canvases). */
  objectStoreUrl: URL | null;
  /** The Host header presigned URLs were signed for, sent upstream. */
  objectStoreHost: string | null;
}

/** Validates the web server's environment once at start-up; the message names every bad variable. */
export function loadWebServerConfig(env: NodeJS.ProcessEnv = process.env): WebServerConfig {
  const c = parseConfig(schema, env, { label: 'web server' });
  // /objects/* reaches the store by S3_ENDPOINT (e.g. http://minio:9000 in compose) when set, and
  // presents the host of S3_PUBLIC_ENDPOINT, which presigned URLs name and their signatures cover.
  const objectStore = c.S3_ENDPOINT ?? c.S3_PUBLIC_ENDPOINT;
  const signedFor = c.S3_PUBLIC_ENDPOINT ?? c.S3_ENDPOINT;
  return {
    port: c.WEB_PORT,
    host: c.WEB_HOST,
    dev: c.WEB_DEV === 'true',
    apiUrl: new URL(c.API_URL),
    objectStoreUrl: objectStore ? new URL(objectStore) : null,
    objectStoreHost: signedFor ? new URL(signedFor).host : null,
  };
}
