import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hasCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;

const REQUIRED_SECRETS = {
  POSTGRES_PASSWORD: 'validate-only',
  MINIO_ROOT_PASSWORD: 'validate-only',
  S3_SECRET_KEY: 'validate-only-app',
};

describe('docker-compose.yml', () => {
  it('is a valid compose file (docker-compose config -q, no engine needed)', () => {
    // CI installs Debian's docker-compose (.ci/run); elsewhere a missing tool must not pass silently.
    if (!hasCompose) {
      expect(process.env.CI, 'docker-compose is required in CI').not.toBe('true');
      console.warn('docker-compose not installed: compose validation skipped on this machine');
      return;
    }
    const result = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], {
      cwd: root,
      env: { ...process.env, ...REQUIRED_SECRETS },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('refuses to start without the required secrets', () => {
    if (!hasCompose) return;
    const result = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], {
      cwd: root,
      env: { PATH: process.env.PATH },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/POSTGRES_PASSWORD/);
  });

  it("refuses to start without the apps' own S3 secret", () => {
    if (!hasCompose) return;
    const { S3_SECRET_KEY: _left, ...others } = REQUIRED_SECRETS;
    const result = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], {
      cwd: root,
      env: { PATH: process.env.PATH, ...others },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/S3_SECRET_KEY/);
  });
});

/** The file as written (defaults in `${VAR:-default}`): what a deployment gets when it sets nothing. */
interface Service {
  image?: string;
  ports?: string[];
  environment?: Record<string, string>;
  entrypoint?: string;
}
const compose = parse(readFileSync(`${root}/docker-compose.yml`, 'utf8')) as {
  'x-app-env': Record<string, string>;
  services: Record<string, Service>;
};
const service = (name: string): Service => compose.services[name] ?? {};
const defaultOf = (value: string | undefined) => /:-([^}]*)\}/.exec(value ?? '')?.[1];

describe('docker-compose.yml defaults are the safe ones (README "Production checklist")', () => {
  it('pins every third-party image to a version (overridable), never latest', () => {
    for (const name of ['postgres', 'minio', 'create-bucket']) {
      const image = service(name).image ?? '';
      const tag = (defaultOf(image) ?? image).split(':')[1] ?? '';
      expect(tag, `${name}: ${image}`).not.toBe('');
      expect(tag, `${name}: ${image}`).not.toBe('latest');
      expect(image, `${name} can be upgraded by a variable`).toMatch(/^\$\{[A-Z_]+_IMAGE:-/);
    }
  });

  it("gives the apps their own S3 key, not MinIO's root credentials", () => {
    const env = compose['x-app-env'];
    expect(env.S3_ACCESS_KEY).not.toMatch(/MINIO_ROOT/);
    expect(env.S3_SECRET_KEY).not.toMatch(/MINIO_ROOT/);
    expect(env.S3_SECRET_KEY).toMatch(/\$\{S3_SECRET_KEY:\?/);
    // the init container creates that user with a policy for the bucket only
    const init = service('create-bucket');
    expect(init.entrypoint).toMatch(/mc admin user add hep2 \$\$\{S3_ACCESS_KEY\} \$\$\{S3_SECRET_KEY\}/);
    expect(init.entrypoint).toMatch(/mc admin policy attach hep2 hep2-app --user/);
    expect(init.entrypoint).toMatch(/arn:aws:s3:::%s\/\*/);
  });

  it('publishes ports on 127.0.0.1 unless told otherwise', () => {
    const published = Object.entries(compose.services).flatMap(([name, s]) =>
      (s.ports ?? []).map((p) => [name, p] as const),
    );
    expect(published.length).toBeGreaterThan(0);
    for (const [name, port] of published) {
      // "${MINIO_BIND:-127.0.0.1}:9000:9000" or a literal "127.0.0.1:9000:9000"
      const bind = /^\$\{[A-Z_]+:-([^}]*)\}:/.exec(port)?.[1] ?? port.split(':')[0];
      expect(bind, `${name}: ${port}`).toBe('127.0.0.1');
    }
  });

  it('defaults to secure cookies, no introspection and a bounded import folder', () => {
    const api = service('api').environment ?? {};
    expect(defaultOf(api.SECURE_COOKIES)).toBe('true');
    expect(defaultOf(api.GRAPHQL_INTROSPECTION)).toBe('false');
    expect(api.IMPORT_ROOT).toBe('/imports');
  });
});
