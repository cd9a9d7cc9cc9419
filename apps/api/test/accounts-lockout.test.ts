import { randomInt, randomUUID } from 'node:crypto';
import type { Role } from '@hep2/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddress, clientKey } from '../src/features/accounts/client-ip';
import { hashPassword } from '../src/features/accounts/password';
import { parseAddressList } from '../src/shared/address-list';
import { createSignedInUser, startTestApi, type TestApi, uniqueEmail } from './support/test-api';

/**
 * Issue 22 item 7: behind the web app every request came from the proxy's address, so 20 failures
 * for 20 unknown emails locked the admin and the curator out; and 30 concurrent wrong passwords for
 * one email had 9 checked against a limit of 5. Default limits: 5 per email, 20 per client.
 * This test is the web app's proxy: it connects from 127.0.0.1 (a trusted proxy by default) and
 * names the client in X-Forwarded-For. No failure is ever made from 127.0.0.1 itself: other test
 * files sign in from there.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const SIGN_IN = 'mutation($e:String!,$p:String!){signIn(email:$e,password:$p){token}}';

/** A client address of its own for each use (documentation range, random host part). */
const newClient = () => `198.51.${randomInt(0, 256)}.${randomInt(1, 255)}`;

/** Signs in through the "proxy"; the answer's error code, or 'OK'. */
async function signInFrom(client: string | null, email: string, password: string): Promise<string> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(client ? { 'x-forwarded-for': client } : {}) },
    body: JSON.stringify({ query: SIGN_IN, variables: { e: email, p: password } }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code ?? 'OK';
}

async function newUser(role: Role = 'ANNOTATOR') {
  const email = uniqueEmail(role.toLowerCase());
  const password = `pw-${randomUUID()}`;
  await api.db.user.create({ data: { email, name: role, role, passwordHash: await hashPassword(password) } });
  return { email, password };
}

async function failMany(client: string, emails: string[]): Promise<string[]> {
  const codes: string[] = [];
  for (const email of emails) codes.push(await signInFrom(client, email, 'wrong-password-0'));
  return codes;
}

describe('sign-in limits behind the web proxy', () => {
  it('20 failures for 20 unknown emails lock out that client only, not the admin or a curator', async () => {
    const attacker = newClient();
    const admin = await createSignedInUser(api, 'ADMIN');
    // a curator who works from the attacker's address (same NAT) and signed in from there before
    const curator = await newUser('CURATOR');
    expect(await signInFrom(attacker, curator.email, curator.password)).toBe('OK');
    const newcomer = await newUser();

    const unknown = Array.from({ length: 20 }, (_, i) => uniqueEmail(`nobody-${i}`));
    expect(await failMany(attacker, unknown)).toEqual(Array(20).fill('INVALID_CREDENTIALS'));
    expect(await signInFrom(attacker, uniqueEmail('one-more'), 'x')).toBe('RATE_LIMITED');

    expect(await signInFrom(newClient(), admin.email, admin.password)).toBe('OK');
    // the proxy's own address, as every request looked before
    expect(await signInFrom(null, admin.email, admin.password)).toBe('OK');
    // the same address: a user known there still gets in ...
    expect(await signInFrom(attacker, curator.email, curator.password)).toBe('OK');
    // ... one never seen there waits out the window (documented), and gets in from anywhere else
    expect(await signInFrom(attacker, newcomer.email, newcomer.password)).toBe('RATE_LIMITED');
    expect(await signInFrom(newClient(), newcomer.email, newcomer.password)).toBe('OK');
  });

  it('failures on one email from a stranger do not lock its user out where they sign in', async () => {
    const user = await newUser('ADMIN');
    const office = newClient();
    expect(await signInFrom(office, user.email, user.password)).toBe('OK');
    const stranger = newClient();
    expect(await failMany(stranger, Array(5).fill(user.email))).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    expect(await signInFrom(stranger, user.email, user.password)).toBe('RATE_LIMITED');
    // the password's protection holds for every client not known to the account ...
    expect(await signInFrom(newClient(), user.email, user.password)).toBe('RATE_LIMITED');
    // ... while the user's own address is held only to its own failures
    expect(await signInFrom(office, user.email, user.password)).toBe('OK');
    expect(await failMany(office, Array(5).fill(user.email))).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    expect(await signInFrom(office, user.email, user.password)).toBe('RATE_LIMITED');
  });

  it('30 concurrent wrong passwords for one email: exactly 5 are checked, the rest refused unchecked', async () => {
    const user = await newUser();
    const client = newClient();
    const codes = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signInFrom(client, user.email, `wrong-${i}`)),
    );
    const checked = codes.filter((code) => code === 'INVALID_CREDENTIALS').length;
    expect({ checked, refused: codes.filter((code) => code === 'RATE_LIMITED').length }).toEqual({
      checked: 5,
      refused: 25,
    });
    expect(await api.db.signInAttempt.count({ where: { email: user.email } })).toBe(5);
    expect(await signInFrom(client, user.email, user.password)).toBe('RATE_LIMITED');
  });
});

describe('the client address', () => {
  const loopback = parseAddressList('127.0.0.0/8,::1');

  it('is the socket peer unless that is a trusted proxy', () => {
    expect(clientAddress('203.0.113.9', '6.6.6.6', loopback)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', '6.6.6.6', parseAddressList(''))).toBe('127.0.0.1');
  });

  it('is read from the right of X-Forwarded-For: what a client wrote to the left is ignored', () => {
    expect(clientAddress('::ffff:127.0.0.1', '6.6.6.6, 203.0.113.9', loopback)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', ['6.6.6.6', '203.0.113.9'], loopback)).toBe('203.0.113.9');
    // a chain of trusted proxies (nginx in front of the web app, both on loopback)
    expect(clientAddress('127.0.0.1', '6.6.6.6, 203.0.113.9, 127.0.0.1', loopback)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', undefined, loopback)).toBe('127.0.0.1');
  });

  it('counts an IPv6 client by its /64 and a v4-mapped one as IPv4', () => {
    expect(clientKey('2001:db8:1:2::a')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0db8:0001:0002:ffff:0:0:1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientAddress('::ffff:203.0.113.9', undefined, loopback)).toBe('203.0.113.9');
    expect(clientKey('203.0.113.9')).toBe('203.0.113.9');
  });
});
