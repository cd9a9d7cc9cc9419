import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, gql, startTestApi, type TestApi, type TestUser } from './support/test-api';
import { waitFor } from './support/webhook-receiver';

/**
 * Issue 22 item 8: an API token made by whoever knew a password must not outlive it. Viewer caching
 * stays on (the default VIEWER_CACHE_SECONDS): nothing cached may keep a revoked credential alive.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ VIEWER_CACHE_SECONDS: '30' });
});
afterAll(() => api.stop());

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

async function newToken(user: TestUser): Promise<string> {
  const created = await gql<{ createApiToken: { secret: string } }>(
    api.url,
    'mutation{createApiToken(name:"script"){secret}}',
    {},
    user.token,
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  return created.data.createApiToken.secret;
}

async function viewerEmail(secret: string): Promise<string | null> {
  const result = await gql<{ viewer: { email: string } | null }>(api.url, '{viewer{email}}', {}, secret);
  return result.data?.viewer?.email ?? null;
}

async function signIn(user: TestUser, password = user.password): Promise<string> {
  const result = await gql<{ signIn: { token: string } }>(
    api.url,
    'mutation($e:String!,$p:String!){signIn(email:$e,password:$p){token}}',
    { e: user.email, p: password },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.signIn.token;
}

describe('API tokens end with the password that made them', () => {
  it('changing the password revokes every token and other session; the changing session stays', async () => {
    const user = await createSignedInUser(api, 'CURATOR');
    const [tokenA, tokenB, otherSession] = [await newToken(user), await newToken(user), await signIn(user)];
    // resolved (and the sessions cached) before the change
    for (const secret of [tokenA, tokenB, otherSession, user.token])
      expect(await viewerEmail(secret)).toBe(user.email);

    const changed = await gql(
      api.url,
      'mutation($c:String!,$n:String!){changePassword(currentPassword:$c,newPassword:$n)}',
      { c: user.password, n: 'a-brand-new-password' },
      user.token,
    );
    expect(changed.errors).toBeUndefined();

    expect(await viewerEmail(tokenA)).toBeNull();
    expect(await viewerEmail(tokenB)).toBeNull();
    expect(await viewerEmail(otherSession)).toBeNull();
    expect(await viewerEmail(user.token)).toBe(user.email);
    const tokens = await api.db.apiToken.findMany({
      where: { userId: user.id },
      select: { revokedAt: true },
    });
    expect(tokens.every((t) => t.revokedAt !== null)).toBe(true);
    const audit = await api.db.auditLog.findFirstOrThrow({
      where: { entityId: user.id, action: 'user.changePassword' },
    });
    expect(audit.after).toMatchObject({ revokedSessions: 1, revokedApiTokens: 2 });

    // a token made after the change works
    expect(await viewerEmail(await newToken(user))).toBe(user.email);
  });

  it('deactivation revokes tokens for good: reactivating the user does not revive them', async () => {
    const admin = await createSignedInUser(api, 'ADMIN');
    const user = await createSignedInUser(api, 'ANNOTATOR');
    const token = await newToken(user);
    expect(await viewerEmail(token)).toBe(user.email);
    const UPDATE = 'mutation($id:ID!,$a:Boolean){updateUser(id:$id,active:$a){active}}';
    expect((await gql(api.url, UPDATE, { id: user.id, a: false }, admin.token)).errors).toBeUndefined();
    expect(await viewerEmail(token)).toBeNull();
    expect((await gql(api.url, UPDATE, { id: user.id, a: true }, admin.token)).errors).toBeUndefined();
    expect(await viewerEmail(token)).toBeNull();
    expect(await viewerEmail(user.token)).toBeNull();
  });

  it('an admin reset with scripts/create-admin.ts --reset ends the old sessions and tokens', async () => {
    const user = await createSignedInUser(api, 'ADMIN');
    const token = await newToken(user);
    expect(await viewerEmail(token)).toBe(user.email);
    const reset = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/create-admin.ts', '--email', user.email, '--reset'],
      { cwd: repoRoot, env: { ...process.env, HEP2_ADMIN_PASSWORD: 'reset-password-123' }, encoding: 'utf8' },
    );
    expect(reset.status, reset.stderr).toBe(0);
    // tokens are never cached: refused at once
    expect(await viewerEmail(token)).toBeNull();
    // the cached session: dropped when the database's change event arrives (written by another process)
    await waitFor('the old session to end', async () => (await viewerEmail(user.token)) === null, 5000);
    expect(await viewerEmail(await signIn(user, 'reset-password-123'))).toBe(user.email);
  });
});
