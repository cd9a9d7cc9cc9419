import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../src/graphql/schema';
import { type FuzzCase, fuzzCases } from './support/fuzz-cases';
import { fuzzFill, seedFuzzFixture } from './support/fuzz-fixture';
import { attackOverHttp, attackOverWebSocket } from './support/fuzz-runner';
import { startIsolatedTestApi } from './support/isolated-test-api';
import { createSignedInUser, type TestApi } from './support/test-api';

/**
 * Every argument of every root field (and of the fields of their results), attacked with malformed
 * values as each role: no call may fail internally (INTERNAL_SERVER_ERROR, HTTP 5xx, a closed
 * socket), and a refused call may write no row and no object. Generated from the built schema, so
 * new fields are covered without editing this file.
 */

/** Tables a refused call writes to on purpose. */
const IGNORED_WRITES = new Set([
  // a failed sign-in is recorded: the limiter counts them (accounts/sign-in-limiter.ts)
  'SignInAttempt',
]);

/** Fields not attacked, with the reason. */
const SKIPPED_FIELDS = new Map<string, string>([]);

const roles = ['ANONYMOUS', 'ANNOTATOR', 'CURATOR', 'ADMIN'] as const;
type Role = (typeof roles)[number];

let api: TestApi;
let cases: FuzzCase[];
const tokens: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  api = await startIsolatedTestApi({
    // background work would write rows at any time; the refusals are what is under test
    IMPORT_WORKER: 'false',
    EXPORT_WORKER: 'false',
    WEBHOOK_WORKER: 'false',
    SIGN_IN_MAX_FAILURES: '1000000',
    LEASE_SECONDS: '3600',
  });
  const annotator = await createSignedInUser(api, 'ANNOTATOR');
  const curator = await createSignedInUser(api, 'CURATOR');
  const admin = await createSignedInUser(api, 'ADMIN');
  const target = await createSignedInUser(api, 'ANNOTATOR', 'target');
  Object.assign(tokens, { ANNOTATOR: annotator.token, CURATOR: curator.token, ADMIN: admin.token });
  const ids = await seedFuzzFixture(api, { annotator, admin, target });
  cases = fuzzCases(getSchema(), fuzzFill(ids)).filter(
    (c) => !SKIPPED_FIELDS.has(c.label.slice(0, c.label.indexOf('('))),
  );
}, 120_000);
afterAll(() => api?.stop());

describe('schema fuzz: malformed arguments are refused cleanly', () => {
  it('generates cases for every root field with arguments', () => {
    const schema = getSchema();
    const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .flatMap((type) => Object.values(type?.getFields() ?? {}).map((f) => ({ type: type!.name, field: f })))
      .filter(({ field }) => field.args.length > 0)
      .map(({ type, field }) => `${type}.${field.name}`);
    const attacked = new Set(cases.map((c) => c.label.slice(0, c.label.indexOf('('))));
    expect(rootFields.filter((f) => !attacked.has(f) && !SKIPPED_FIELDS.has(f))).toEqual([]);
    console.log(`schema fuzz: ${cases.length} cases per role over ${attacked.size} fields`);
  });

  it.each(roles)(
    'over HTTP as %s',
    async (role) => {
      const httpCases = cases.filter((c) => c.operation !== 'subscription');
      const tally = new Map<string, number>();
      const findings = await attackOverHttp(api, httpCases, tokens[role], IGNORED_WRITES, tally);
      console.log(`schema fuzz as ${role}: ${JSON.stringify(Object.fromEntries(tally))}`);
      expect(findings).toEqual([]);
    },
    600_000,
  );

  it.each(roles)(
    'over graphql-ws as %s',
    async (role) => {
      const wsCases = cases.filter((c) => c.operation === 'subscription');
      const findings = await attackOverWebSocket(api, wsCases, tokens[role], IGNORED_WRITES);
      expect(findings).toEqual([]);
    },
    600_000,
  );
});
