/**
 * `npm run bench:abuse [-- --seconds 15 --patches 20000 --clients 3]`: what the worst requests the
 * query limits allow do to everyone else. Loopback only, on embedded Postgres + S3 (under
 * .data/bench-abuse, fresh each run) and one API process with the default limits.
 * An annotator loops over `{viewer{id}}`, a claim (claimNext, as the labeling screen sends it) and a
 * patch read; its latency is measured idle (the baseline), then while `--clients` clients each send
 * one attack request after another, back to back. Each attack is the largest request of its kind
 * the limits accept (the most aliases under the alias cap and the cost limit), anonymous or
 * signed in. Prints p50/p99 per phase, the ratio to the baseline, and whether p99 < 200 ms (the
 * target of issue 22). Figures only: nothing here is a test assertion.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { applyMigrations, createDb, type Db, prismaMigrationsDir } from '@hep2/db';
import { findFreePort, platformEnv, startEmbeddedS3Process, startPlatformServices } from '@hep2/embedded';
import { getOperationAST, parse } from 'graphql';
import { loadApiConfig } from '../src/config';
import { hashPassword } from '../src/features/accounts/password';
import { operationCost } from '../src/graphql/query-limits';
import { getSchema } from '../src/graphql/schema';
import { CLAIM, seedWorkflowDataset } from '../test/support/workflow-fixtures';
import { type GraphqlAnswer, type GraphqlPost, keepAlivePoster, waitReady } from './bench-http';

const { values: opts } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    patches: { type: 'string', default: '20000' },
    clients: { type: 'string', default: '3' },
  },
});
const SECONDS = Number(opts.seconds);
const CLIENTS = Number(opts.clients);
const TARGET_P99_MS = 200;
const log = (line: string) => console.log(`[bench:abuse] ${line}`);

const aliases = (count: number, selection: string, operation = '') =>
  `${operation}{${Array.from({ length: count }, (_, i) => `a${i}:${selection}`).join(' ')}}`;

/** The largest alias count of `selection` that the alias cap and the cost limit both accept. */
function mostAllowed(selection: string, operation = ''): { query: string; count: number; cost: number } {
  // the limits the API process gets: the same environment (only the connection settings are stand-ins)
  const config = loadApiConfig({
    S3_ACCESS_KEY: 'x',
    S3_SECRET_KEY: 'x',
    ...process.env,
    DATABASE_URL: 'postgresql://x/y',
    S3_ENDPOINT: 'http://x',
  });
  const schema = getSchema();
  const costOf = (count: number) => {
    const document = parse(aliases(count, selection, operation));
    const op = getOperationAST(document);
    return op ? operationCost(schema, document, op, {}) : Number.POSITIVE_INFINITY;
  };
  let count = config.MAX_QUERY_ALIASES;
  while (count > 1 && costOf(count) > config.MAX_QUERY_COMPLEXITY) count--;
  return { query: aliases(count, selection, operation), count, cost: costOf(count) };
}

interface Attack {
  name: string;
  query: string;
  detail: string;
  token?: string;
}

function attacks(datasetId: string, curatorToken: string, annotatorToken: string): Attack[] {
  const build = (name: string, selection: string, token?: string, operation = ''): Attack => {
    const { query, count, cost } = mostAllowed(selection, operation);
    return { name, query, token, detail: `${count} aliases, cost ${cost}` };
  };
  const stats =
    'datasets{id name stats{specimens patches byStatus{status count} approvedPatterns{key count} specimenPatterns{key count}}}';
  return [
    build('anonymous: health', 'health{ok database objectStore}'),
    build(
      'anonymous: signIn (wrong password)',
      'signIn(email:"nobody@bench.local",password:"wrong-password-1"){token}',
      undefined,
      'mutation',
    ),
    build(
      'anonymous: introspection',
      '__schema{types{name fields{name args{name} type{name ofType{name}}}}}',
    ),
    build('annotator: datasets{stats}', stats, annotatorToken),
    build(
      'curator: patches(first:200)',
      `patches(datasetId:"${datasetId}",first:200){edges{node{id status imageUrl specimen{id externalId}}}}`,
      curatorToken,
    ),
  ];
}

/** Runs an annotator's requests for `ms`, returning each request's latency in ms by operation. */
async function annotatorLatencies(url: string, token: string, datasetId: string, ms: number) {
  const { post, close } = keepAlivePoster();
  const times: Record<string, number[]> = { viewer: [], claim: [], 'read patch': [] };
  const errors: Record<string, number> = {};
  const timed = async (op: string, query: string, variables: Record<string, unknown> = {}) => {
    const started = performance.now();
    const answer = await post(url, query, variables, token);
    times[op]?.push(performance.now() - started);
    if (answer.errors) {
      const key = `${op}:${answer.errors[0]?.extensions?.code}`;
      errors[key] = (errors[key] ?? 0) + 1;
    }
    return answer;
  };
  const until = Date.now() + ms;
  while (Date.now() < until) {
    await timed('viewer', '{viewer{id}}');
    const claim = await timed('claim', CLAIM, { d: datasetId });
    const patchId = (claim.data?.claimNext as { lease?: { patchId: string } } | undefined)?.lease?.patchId;
    if (patchId)
      await timed(
        'read patch',
        'query($id:ID!){patch(id:$id){id width height status imageUrl specimen{id externalId}}}',
        {
          id: patchId,
        },
      );
    // an annotator's screen sends these a few times a second at most
    await sleep(50);
  }
  close();
  return { times, errors };
}

/** `clients` loops sending `attack` back to back until `stop()`; returns what they sent. */
function startAttack(url: string, attack: Attack, clients: number) {
  let running = true;
  const outcomes = { sent: 0, refused: 0, statuses: new Map<number, number>(), ms: [] as number[] };
  const loops = Array.from({ length: clients }, async () => {
    const { post, close } = keepAlivePoster();
    while (running) {
      const started = performance.now();
      const answer = await post(url, attack.query, {}, attack.token).catch(
        (): GraphqlAnswer => ({ status: 0 }),
      );
      outcomes.ms.push(performance.now() - started);
      outcomes.sent += 1;
      if (answer.errors?.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')) outcomes.refused += 1;
      outcomes.statuses.set(answer.status, (outcomes.statuses.get(answer.status) ?? 0) + 1);
    }
    close();
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

interface PhaseResult {
  name: string;
  all: number[];
  times: Record<string, number[]>;
  errors: Record<string, number>;
  attack?: string;
}

function printPhases(phases: PhaseResult[]) {
  const baseline = percentile(phases[0]?.all ?? [], 99) || 1;
  console.log(`\nannotator latency (ms), ${CLIENTS} attacking clients per phase, ${SECONDS} s each`);
  console.log(
    `${'phase'.padEnd(36)} ${'n'.padStart(5)} ${'p50'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)}  x base  p99<${TARGET_P99_MS}`,
  );
  for (const phase of phases) {
    const p99 = percentile(phase.all, 99);
    const cells = [
      phase.name.padEnd(36),
      String(phase.all.length).padStart(5),
      percentile(phase.all, 50).toFixed(1).padStart(7),
      p99.toFixed(1).padStart(7),
      percentile(phase.all, 100).toFixed(1).padStart(7),
      (p99 / baseline).toFixed(1).padStart(7),
      p99 < TARGET_P99_MS ? '  yes' : '  NO',
    ];
    console.log(cells.join(' '));
    const perOp = Object.entries(phase.times)
      .map(([op, v]) => `${op} p99 ${percentile(v, 99).toFixed(1)}`)
      .join(' · ');
    console.log(`${''.padEnd(38)}${perOp}${phase.attack ? `\n${''.padEnd(38)}attack: ${phase.attack}` : ''}`);
    if (Object.keys(phase.errors).length)
      console.log(`${''.padEnd(38)}annotator errors: ${JSON.stringify(phase.errors)}`);
  }
  const worst = Math.max(...phases.map((p) => percentile(p.all, 99)));
  console.log(
    `\nworst annotator p99 under attack: ${worst.toFixed(1)} ms (${(worst / baseline).toFixed(1)} x the idle ${baseline.toFixed(1)} ms): target p99 < ${TARGET_P99_MS} ms ${worst < TARGET_P99_MS ? 'MET' : 'NOT MET'}`,
  );
}

async function createUser(db: Db, role: 'ANNOTATOR' | 'CURATOR', post: GraphqlPost, url: string) {
  const email = `bench-${role.toLowerCase()}-${Date.now()}@bench.local`;
  await db.user.create({
    data: { email, name: role, role, passwordHash: await hashPassword('bench-password-1') },
  });
  const answer = await post<{ signIn?: { token: string } }>(
    url,
    'mutation($e:String!){signIn(email:$e,password:"bench-password-1"){token}}',
    { e: email },
  );
  const token = answer.data?.signIn?.token;
  if (!token) throw new Error(`sign-in failed: ${JSON.stringify(answer.errors)}`);
  return token;
}

function startApi(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function main() {
  const dataDir = join(process.cwd(), '.data', 'bench-abuse');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const s3Port = await findFreePort();
  // the store in its own process, as in production: not sharing this load generator's event loop
  const s3 = await startEmbeddedS3Process({
    directory: join(dataDir, 's3'),
    port: s3Port,
    bucket: 'hep2-abuse',
  });
  const infra = await startPlatformServices({
    dataDir,
    bucket: 'hep2-abuse',
    pgPort: await findFreePort(),
    s3Port,
    s3,
    log: () => {},
  });
  const db = createDb({ connectionString: infra.databaseUrl, poolSize: 2 });
  let api: ChildProcess | undefined;
  try {
    await applyMigrations(infra.databaseUrl, prismaMigrationsDir, () => {});
    const ds = await seedWorkflowDataset(db, { patches: Number(opts.patches) });
    for (let i = 0; i < 2; i++) await seedWorkflowDataset(db, { patches: 500 });
    const port = await findFreePort();
    api = startApi({ ...process.env, ...platformEnv(infra), API_PORT: String(port) });
    const base = `http://127.0.0.1:${port}`;
    await waitReady(base);
    const url = `${base}/graphql`;
    const setup = keepAlivePoster();
    const annotator = await createUser(db, 'ANNOTATOR', setup.post, url);
    const curator = await createUser(db, 'CURATOR', setup.post, url);
    setup.close();
    log(`seeded ${opts.patches} patches (+2 datasets of 500); API on ${base}; warming up`);
    await annotatorLatencies(url, annotator, ds.datasetId, 3000);

    const phases: PhaseResult[] = [];
    const measure = async (name: string, attack?: Attack) => {
      const attackers = attack ? startAttack(url, attack, CLIENTS) : null;
      const { times, errors } = await annotatorLatencies(url, annotator, ds.datasetId, SECONDS * 1000);
      const sent = await attackers?.stop();
      const summary = sent
        ? `${attack?.detail}; ${sent.sent} sent (${(sent.sent / SECONDS).toFixed(1)}/s, p50 ${percentile(sent.ms, 50).toFixed(0)} ms), ${sent.refused} refused, HTTP ${[...sent.statuses].map(([s, n]) => `${s}x${n}`).join(' ')}`
        : undefined;
      phases.push({ name, all: Object.values(times).flat(), times, errors, attack: summary });
      log(`${name}: done`);
    };
    await measure('idle (baseline)');
    for (const attack of attacks(ds.datasetId, curator, annotator)) await measure(attack.name, attack);
    printPhases(phases);
  } finally {
    api?.kill('SIGTERM');
    await sleep(1000);
    await db.$disconnect().catch(() => {});
    await infra.stop();
    await s3.stop();
  }
}

await main();
