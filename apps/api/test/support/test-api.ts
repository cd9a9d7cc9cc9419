import { randomUUID } from 'node:crypto';
import type { Role } from '@hep2/db';
import { createApiServer } from '../../src/app';
import { type ApiConfig, loadApiConfig } from '../../src/config';
import { hashPassword } from '../../src/features/accounts/password';
import { createServices } from '../../src/services';

export type TestApi = Awaited<ReturnType<typeof startTestApi>>;

/**
 * A real API instance on a free port, against the Postgres and S3 the test harness provides. Its
 * import and export queues are its own unless the test names them: two test files run at once on
 * one database, and another file's API would otherwise take this one's jobs and run them with its
 * own settings (limits, scratch folder).
 */
export async function startTestApi(overrides: Partial<Record<keyof ApiConfig, string>> = {}) {
  const own = randomUUID().slice(0, 8);
  const config = loadApiConfig({
    ...process.env,
    IMPORT_QUEUE: `imports-test-${own}`,
    EXPORT_QUEUE: `exports-test-${own}`,
    ...overrides,
  });
  const { services, close } = await createServices(config, () => {});
  const server = await createApiServer(services, (line) => console.error(line));
  const port = await server.listen(0, '127.0.0.1');
  return {
    config,
    services,
    db: services.db,
    url: `http://127.0.0.1:${port}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      await server.stop();
      await close();
    },
  };
}

export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GqlResult<T>, 'status'>;
  return { status: response.status, ...body };
}

export const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@test.local`;

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
  token: string;
}

/** Creates a user with its own unique email and signs it in through the API. */
export async function createSignedInUser(
  api: TestApi,
  role: Role,
  label = role.toLowerCase(),
): Promise<TestUser> {
  const email = uniqueEmail(label);
  const password = `pw-${randomUUID()}`;
  const user = await api.db.user.create({
    data: { email, name: label, role, passwordHash: await hashPassword(password) },
  });
  const result = await gql<{ signIn: { token: string } }>(
    api.url,
    'mutation($e:String!,$p:String!){signIn(email:$e,password:$p){token}}',
    { e: email, p: password },
  );
  if (!result.data) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
  return { id: user.id, email, password, role, token: result.data.signIn.token };
}
