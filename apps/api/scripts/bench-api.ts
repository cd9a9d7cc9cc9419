/**
 * `npm run bench:api [-- --mode both --annotators 50 --seconds 30 --think-ms 5000 --replicas 2 ...]`
 * Seeds a dataset of N patches on embedded Postgres + S3 (under .data/bench), starts `--replicas` API
 * processes and drives concurrent annotator loops (claim -> fetch patch -> submit) from this process,
 * round-robin over the replicas. Two modes, each printing throughput and p50/p95/p99 per operation
 * plus a raw SQL round trip (`select 1` from this process) sampled during the same run:
 *  - saturate: closed loop, no think time: the most the stack serves; latency here is queueing
 *    (Little's law: annotators / throughput), not what an annotator feels.
 *  - paced: each annotator thinks between fetching a patch and submitting it, a uniformly random
 *    time in [0.5, 1.5] x --think-ms. Real annotators spend seconds per patch (a pattern and
 *    intensity call takes a few seconds, a mask 10-30 s), so the default of 5 s is on the busy side;
 *    latency at 50 annotators under a realistic load is this mode's figure.
 * `--mode both` (default) runs saturate, then paced, against the same servers and database.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { applyMigrations, prismaMigrationsDir } from '@hep2/db';
import {
  findFreePort,
  type PlatformServices,
  platformEnv,
  startEmbeddedS3Process,
  startPlatformServices,
} from '@hep2/embedded';
import pg from 'pg';
import { hashPassword } from '../src/features/accounts/password';
import { cpuByGroup, machineCpuMs, postmasterPid } from './bench-cpu';
import { keepAlivePoster, waitReady } from './bench-http';
import { printWebhookLag, startBenchWebhook } from './bench-webhook';

const { values: opts } = parseArgs({
  options: {
    mode: { type: 'string', default: 'both' },
    annotators: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '30' },
    /**
     * the paced window alone (default: --seconds): its p99 is the 1% slowest of ~10 submissions a
     * second, so 60 s rests on 6 samples; a few minutes give a steadier figure
     */
    'paced-seconds': { type: 'string' },
    /** unrecorded load before each mode's window: JIT, connection pools and plan caches warm up */
    'warmup-seconds': { type: 'string', default: '5' },
    patches: { type: 'string', default: '100000' },
    /** share of the patches already labelled before the run (a dataset in use) */
    labelled: { type: 'string', default: '0.2' },
    'think-ms': { type: 'string', default: '5000' },
    /**
     * pause between `select 1` samples. Each sample wakes this process and a Postgres backend
     * (~0.75 ms of CPU together when both were idle); one every 20 ms took ~1 ms of the machine's
     * CPU per paced loop (3%) from the servers being measured
     */
    'sample-ms': { type: 'string', default: '100' },
    replicas: { type: 'string', default: '2' },
    'no-mask': { type: 'boolean', default: false },
    /** run the embedded S3 server inside the load generator's process (the old setup), to compare */
    's3-in-process': { type: 'boolean', default: false },
    'pool-size': { type: 'string', default: '20' },
    /** write V8 CPU profiles of the API processes to .data/bench/profile */
    profile: { type: 'boolean', default: false },
    /** load pg_stat_statements and print the statements Postgres spent most time on, per mode */
    'pg-statements': { type: 'boolean', default: false },
    /** register a webhook for the dataset's submissions, with a receiver here; prints the delivery lag */
    webhook: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  console.log(
    'options: --mode saturate|paced|both --annotators N --seconds S (per mode) --paced-seconds S (paced window, default --seconds) --warmup-seconds S (unrecorded, before each mode) --patches N --labelled SHARE (already labelled, default 0.2) --think-ms MS (paced mean) --sample-ms MS (between select 1 samples, default 100) --replicas N --pool-size N (per replica) --no-mask --s3-in-process --profile --pg-statements --webhook',
  );
  process.exit(0);
}
const ANNOTATORS = Number(opts.annotators);
const SECONDS = Number(opts.seconds);
const PACED_SECONDS = Number(opts['paced-seconds'] ?? opts.seconds);
const WARMUP_SECONDS = Number(opts['warmup-seconds']);
const PATCHES = Number(opts.patches);
const LABELLED = Number(opts.labelled);
const THINK_MS = Number(opts['think-ms']);
const SAMPLE_MS = Number(opts['sample-ms']);
const REPLICAS = Math.max(1, Number(opts.replicas));
const MODES = opts.mode === 'both' ? ['saturate', 'paced'] : [opts.mode as string];
for (const mode of MODES)
  if (mode !== 'saturate' && mode !== 'paced') throw new Error(`--mode: unknown mode "${mode}"`);
for (const [name, value] of Object.entries({
  ANNOTATORS,
  SECONDS,
  PACED_SECONDS,
  WARMUP_SECONDS,
  PATCHES,
  LABELLED,
  THINK_MS,
  SAMPLE_MS,
  REPLICAS,
}))
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name}: not a number`);
const SIZE = 384;
const log = (line: string) => console.log(`[bench] ${line}`);
let sql: pg.Client;

async function seed(db: pg.Client): Promise<string> {
  const started = performance.now();
  const slug = `bench-${Date.now()}`;
  const {
    rows: [dataset],
  } = await db.query(
    `insert into "Dataset"(id, slug, name, "patchSize", "updatedAt") values (gen_random_uuid(), $1, $1, $2, now()) returning id`,
    [slug, SIZE],
  );
  const datasetId = dataset.id as string;
  await db.query(
    `insert into "PatternClass"(id, "datasetId", key, name, position)
     select gen_random_uuid(), $1, k, k, i - 1 from unnest($2::text[]) with ordinality as t(k, i)`,
    [datasetId, ['homogeneous', 'speckled', 'nucleolar', 'centromere', 'golgi', 'numem', 'mitsp']],
  );
  await db.query(
    `insert into "IntensityLevel"(id, "datasetId", key, name, rank)
     select gen_random_uuid(), $1, k, k, i - 1 from unnest($2::text[]) with ordinality as t(k, i)`,
    [datasetId, ['intermediate', 'positive']],
  );
  const specimens = Math.ceil(PATCHES / 50);
  await db.query(
    `insert into "Specimen"(id, "datasetId", "externalId", "imageKey", width, height, "bitDepth", "contentHash", "updatedAt")
     select gen_random_uuid(), $1, 's' || g, 'bench/s' || g, 2000, 2000, 8, $2 || g, now() from generate_series(1, $3) g`,
    [datasetId, slug, specimens],
  );
  // 50 patches per specimen, in creation order (the queue's default order after priority)
  await db.query(
    `insert into "Patch"(id, "datasetId", "specimenId", x, y, width, height, "imageKey", "createdAt", "updatedAt")
     select gen_random_uuid(), $1, s.id, (g % 50) * 251, 0, $2, $2, 'bench/p' || s."externalId" || '-' || g,
            now() + (row_number() over (order by s."externalId", g)) * interval '1 microsecond', now()
     from "Specimen" s cross join generate_series(0, 49) g
     where s."datasetId" = $1
     limit $3`,
    [datasetId, SIZE, PATCHES],
  );
  const labelled = await seedEarlierWork(db, datasetId, slug);
  // planner statistics as autovacuum keeps them on a platform in use (an empty Annotation table
  // would be planned as tiny for the whole run: seq scans that a real deployment never sees)
  await db.query('analyze');
  log(
    `seeded ${PATCHES} patches (${labelled} already labelled) in ${specimens} specimens in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return datasetId;
}

/**
 * A dataset in use: the first LABELLED share of the patches (in queue order) already carries a
 * submitted annotation from an earlier annotator, so the tables and their statistics have the size
 * they have in practice when 50 people label.
 */
async function seedEarlierWork(db: pg.Client, datasetId: string, slug: string): Promise<number> {
  const count = Math.floor(PATCHES * LABELLED);
  if (count === 0) return 0;
  const {
    rows: [author],
  } = await db.query(
    `insert into "User"(id, email, name, role, "passwordHash", "updatedAt")
     values (gen_random_uuid(), $1, 'earlier annotator', 'ANNOTATOR', 'no sign-in', now()) returning id`,
    [`${slug}-earlier@bench.local`],
  );
  await db.query(
    `with labelled as (
       update "Patch" set status = 'SUBMITTED', "submittedCount" = 1
       where id in (select id from "Patch" where "datasetId" = $1 order by "createdAt" limit $2)
       returning id
     ), labels as (
       select (select array_agg(id order by position) from "PatternClass" where "datasetId" = $1) as patterns,
              (select array_agg(id order by rank) from "IntensityLevel" where "datasetId" = $1) as levels
     )
     insert into "Annotation"(id, "patchId", "authorId", status, "patternClassId", "intensityLevelId",
       version, "submittedAt", "updatedAt")
     select gen_random_uuid(), l.id, $3, 'SUBMITTED',
       labels.patterns[1 + floor(random() * array_length(labels.patterns, 1))::int],
       labels.levels[1 + floor(random() * array_length(labels.levels, 1))::int], 1, now(), now()
     from labelled l cross join labels`,
    [datasetId, count, author.id],
  );
  return count;
}

interface BenchData {
  signIn: { token: string };
  claimNext?: { lease: { id: string; patchId: string }; draft: { version: number } | null };
}

const http = keepAlivePoster();
const gql = (url: string, query: string, variables: Record<string, unknown>, token?: string) =>
  http.post<BenchData>(url, query, variables, token);

async function signInAnnotators(db: pg.Client, url: string): Promise<string[]> {
  const hash = await hashPassword('bench-password');
  const tag = Date.now();
  const tokens: string[] = [];
  for (let i = 0; i < ANNOTATORS; i++) {
    const email = `bench-${tag}-${i}@bench.local`;
    await db.query(
      `insert into "User"(id, email, name, role, "passwordHash", "updatedAt") values (gen_random_uuid(), $1, $2, 'ANNOTATOR', $3, now())`,
      [email, `annotator ${i}`, hash],
    );
    const r = await gql(url, 'mutation($e:String!,$p:String!){signIn(email:$e,password:$p){token}}', {
      e: email,
      p: 'bench-password',
    });
    tokens.push(r.data?.signIn.token ?? '');
  }
  return tokens;
}

const CLAIM =
  'mutation($d:ID!){claimNext(datasetId:$d){lease{id patchId} draft{version} proposal{predictionId}}}';
const FETCH = 'query($id:ID!){patch(id:$id){id width height status imageUrl specimen{id externalId}}}';
const SUBMIT = 'mutation($i:AnnotationInput!){submitAnnotation(input:$i){id version}}';

function maskFor(i: number) {
  // a filled square of side 40..140 at a varying column: a few hundred runs, like a real cell mask
  const side = 40 + (i % 100);
  const counts: number[] = [];
  let pos = 0;
  const x0 = 100;
  const y0 = 100 + (i % 50);
  for (let x = x0; x < x0 + side; x++) {
    const start = x * SIZE + y0;
    counts.push(start - pos, side);
    pos = start + side;
  }
  counts.push(SIZE * SIZE - pos);
  return { size: [SIZE, SIZE], counts };
}

type Mode = 'saturate' | 'paced';

/** Round-robin over the replicas, per request (as a load balancer in front of them would). */
function roundRobin(urls: string[]) {
  let next = 0;
  return () => urls[next++ % urls.length] as string;
}

/** The processes whose CPU time the report splits out (each with its descendants). */
interface CpuGroups {
  api: number[];
  postgres: number[];
  s3: number[];
}

function cpuSnapshot(groups: CpuGroups) {
  const usage = process.cpuUsage();
  return {
    ...cpuByGroup<keyof CpuGroups>(groups),
    'load generator': (usage.user + usage.system) / 1000,
    machine: machineCpuMs(),
  };
}

/** CPU ms per submission of each process group over the window, and how busy the machine was. */
function printCpu(
  before: ReturnType<typeof cpuSnapshot>,
  after: ReturnType<typeof cpuSnapshot>,
  loops: number,
) {
  if (!before.machine || !after.machine || loops === 0) return;
  const parts = (['api', 'postgres', 's3', 'load generator'] as const).map(
    (group) => `${group} ${((after[group] - before[group]) / loops).toFixed(1)}`,
  );
  const busy = after.machine.busy - before.machine.busy;
  const total = after.machine.total - before.machine.total;
  console.log(
    `cpu ms per submission (claim + fetch + submit): ${parts.join(' · ')} · whole machine ${(busy / loops).toFixed(1)} (${((100 * busy) / total).toFixed(0)}% busy)`,
  );
}

async function run(mode: Mode, urls: string[], datasetId: string, tokens: string[], cpuGroups: CpuGroups) {
  const { rows: classes } = await sql.query(
    'select id from "PatternClass" where "datasetId" = $1 order by position',
    [datasetId],
  );
  const { rows: levels } = await sql.query(
    'select id from "IntensityLevel" where "datasetId" = $1 order by rank',
    [datasetId],
  );
  const nextUrl = roundRobin(urls);
  const times: Record<string, number[]> = { claim: [], fetch: [], submit: [], 'sql select 1': [] };
  const errors: Record<string, number> = {};
  const timed = async <R extends { errors?: { extensions?: { code?: string } }[] }>(
    op: string,
    fn: () => Promise<R>,
  ): Promise<R> => {
    const t0 = performance.now();
    const result = await fn();
    if (t0 < measureFrom) return result;
    times[op]?.push(performance.now() - t0);
    if (result.errors) {
      const key = `${op}:${result.errors[0]?.extensions?.code}`;
      errors[key] = (errors[key] ?? 0) + 1;
    }
    return result;
  };
  const think = () => (mode === 'paced' ? THINK_MS * (0.5 + Math.random()) : 0);
  const windowSeconds = mode === 'paced' ? PACED_SECONDS : SECONDS;
  log(
    `${mode}: ${tokens.length} annotators for ${windowSeconds} s over ${urls.length} API process(es), warm-up ${WARMUP_SECONDS} s, think time ${mode === 'paced' ? `${THINK_MS} ms mean` : 'none'}, masks ${opts['no-mask'] ? 'off' : 'on'}`,
  );
  // Operations started during the warm-up run but are not recorded.
  const measureFrom = performance.now() + WARMUP_SECONDS * 1000;
  const deadline = Date.now() + (WARMUP_SECONDS + windowSeconds) * 1000;
  let loops = 0;
  const annotator = async (token: string, n: number) => {
    // paced annotators start spread over one think time, as a team does, not all in the same second
    if (mode === 'paced') await sleep(Math.random() * THINK_MS);
    while (Date.now() < deadline) {
      const claim = await timed('claim', () => gql(nextUrl(), CLAIM, { d: datasetId }, token));
      const item = claim.data?.claimNext;
      if (!item) return;
      await timed('fetch', () => gql(nextUrl(), FETCH, { id: item.lease.patchId }, token));
      const pause = think();
      if (pause) await sleep(pause);
      const input = {
        patchId: item.lease.patchId,
        leaseId: item.lease.id,
        version: item.draft?.version ?? 0,
        patternClassId: classes[n % classes.length].id,
        intensityLevelId: levels[n % levels.length].id,
        ...(opts['no-mask'] ? {} : { mask: maskFor(n) }),
      };
      const submitStart = performance.now();
      await timed('submit', () => gql(nextUrl(), SUBMIT, { i: input }, token));
      if (submitStart >= measureFrom) loops++;
      n++;
    }
  };
  const sampler = async () => {
    while (Date.now() < deadline) {
      const t0 = performance.now();
      await sql.query('select 1');
      if (t0 >= measureFrom) times['sql select 1']?.push(performance.now() - t0);
      await sleep(SAMPLE_MS);
    }
  };
  let cpuBefore: ReturnType<typeof cpuSnapshot> | undefined;
  let sessionsBefore: Promise<number> | undefined;
  const cpuTimer = setTimeout(() => {
    cpuBefore = cpuSnapshot(cpuGroups);
    sessionsBefore = sessionsOpened();
  }, WARMUP_SECONDS * 1000);
  await Promise.all([...tokens.map((t, i) => annotator(t, i * 1000)), sampler()]);
  clearTimeout(cpuTimer);
  const cpuAfter = cpuSnapshot(cpuGroups);
  const sessionsAfter = await sessionsOpened();
  const seconds = (performance.now() - measureFrom) / 1000;
  const pct = (v: number[], p: number) =>
    [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor((p / 100) * v.length))] ?? 0;
  console.log(
    `\nmode=${mode} annotators=${tokens.length} replicas=${urls.length} patches=${PATCHES} duration=${seconds.toFixed(1)}s loops=${loops} (${(loops / seconds).toFixed(1)} submissions/s)`,
  );
  console.log('operation        count    ops/s     p50 ms   p95 ms   p99 ms   max ms');
  for (const [op, v] of Object.entries(times)) {
    const row = [op.padEnd(14), String(v.length).padStart(7), (v.length / seconds).toFixed(1).padStart(8)];
    for (const p of [50, 95, 99, 100]) row.push(pct(v, p).toFixed(1).padStart(8));
    console.log(row.join(' '));
  }
  if (cpuBefore) printCpu(cpuBefore, cpuAfter, loops);
  if (sessionsBefore) {
    // each is a backend forked, authenticated and warmed (catalog caches, statements prepared and
    // planned again) on some request's path: a pool that closes idle connections pays it in bursts
    console.log(`postgres connections opened in the window: ${sessionsAfter - (await sessionsBefore)}`);
  }
  if (opts['pg-statements']) await printTopStatements();
  if (Object.keys(errors).length) console.log('errors:', errors);
}

/** Connections Postgres has accepted since its start (all databases). */
async function sessionsOpened(): Promise<number> {
  const { rows } = await sql.query('select sum(sessions)::int as n from pg_stat_database');
  return rows[0].n;
}

const PG_STATEMENT_SETTINGS = {
  shared_preload_libraries: 'pg_stat_statements',
  'pg_stat_statements.track_planning': 'on',
};

/**
 * The statements Postgres spent most time on since the last reset (planning and execution, per call),
 * then resets, so that each mode reports its own. `plans` below `calls`: the statement ran on a
 * cached plan (prepared statements), so planning was skipped.
 */
async function printTopStatements() {
  const { rows } = await sql.query(`
    select calls, plans, mean_plan_time as plan, mean_exec_time as exec, total_plan_time + total_exec_time as total,
      left(regexp_replace(query, '\\s+', ' ', 'g'), 90) as query
    from pg_stat_statements where calls > 1 order by total desc limit 12`);
  console.log('postgres:   calls    plans  plan ms  exec ms total ms  statement');
  for (const r of rows) {
    const cells = [r.calls, r.plans].map((v) => String(v).padStart(8));
    const times = [r.plan, r.exec, r.total].map((v) => Number(v).toFixed(2).padStart(8));
    console.log(`          ${cells.join(' ')} ${times.join(' ')}  ${r.query}`);
  }
  await sql.query('select pg_stat_statements_reset()');
}

/** Ends every lease the previous mode left open, so the next mode starts from a quiet queue. */
async function settle(datasetId: string) {
  await sql.query(
    `update "WorkLease" l set "endedAt" = now() at time zone 'utc', "endReason" = 'RELEASED'
     from "Patch" p where p.id = l."patchId" and p."datasetId" = $1 and l."endedAt" is null`,
    [datasetId],
  );
  await sql.query(
    `update "Patch" set status = 'QUEUED' where "datasetId" = $1 and status = 'IN_PROGRESS' and "submittedCount" = 0`,
    [datasetId],
  );
}

function startApi(infra: PlatformServices, port: number) {
  return spawn(
    process.execPath,
    [
      ...(opts.profile ? ['--cpu-prof', '--cpu-prof-dir=.data/bench/profile'] : []),
      '--import',
      'tsx',
      'apps/api/src/main.ts',
    ],
    {
      env: {
        ...process.env,
        ...platformEnv(infra),
        API_PORT: String(port),
        DATABASE_POOL_SIZE: opts['pool-size'],
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
}

let webhook: Awaited<ReturnType<typeof startBenchWebhook>> | null = null;
let stopping = false;

/** The database's clock (UTC, as the tables store it), to select rows written from now on. */
async function dbNow(): Promise<string> {
  const { rows } = await sql.query<{ t: string }>(`select (now() at time zone 'utc')::text as t`);
  return rows[0]?.t ?? '';
}

async function main() {
  const dataDir = join(process.cwd(), '.data', 'bench');
  // a fresh database every run, so figures do not depend on earlier runs' rows
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const s3Port = await findFreePort();
  const s3Child = opts['s3-in-process']
    ? null
    : await startEmbeddedS3Process({ directory: join(dataDir, 's3'), port: s3Port, bucket: 'hep2-bench' });
  const infra = await startPlatformServices({
    dataDir,
    bucket: 'hep2-bench',
    pgPort: await findFreePort(),
    s3Port,
    ...(s3Child ? { s3: s3Child } : {}),
    ...(opts['pg-statements'] ? { postgresSettings: PG_STATEMENT_SETTINGS } : {}),
    log: () => {},
  });
  log(
    `object store: ${s3Child ? 'embedded S3 in its own process' : 'embedded S3 in this (load generator) process'}`,
  );
  sql = new pg.Client({ connectionString: infra.databaseUrl });
  const apis: ChildProcess[] = [];
  try {
    await applyMigrations(infra.databaseUrl, prismaMigrationsDir, log);
    await sql.connect();
    if (opts['pg-statements']) await sql.query('create extension if not exists pg_stat_statements');
    const datasetId = await seed(sql);
    const bases: string[] = [];
    for (let i = 0; i < REPLICAS; i++) {
      const port = await findFreePort();
      const api = startApi(infra, port);
      // a replica that dies mid-run shows up as connection resets in the load generator: say why
      api.once('exit', (code, signal) => {
        if (!stopping) log(`API replica on port ${port} exited (code ${code}, signal ${signal})`);
      });
      apis.push(api);
      bases.push(`http://127.0.0.1:${port}`);
    }
    await Promise.all(bases.map(waitReady));
    const urls = bases.map((b) => `${b}/graphql`);
    const tokens = await signInAnnotators(sql, urls[0] as string);
    const postmaster = postmasterPid(join(dataDir, 'postgres'));
    const cpuGroups: CpuGroups = {
      api: apis.flatMap((a) => a.pid ?? []),
      postgres: postmaster ? [postmaster] : [],
      s3: s3Child?.process.pid ? [s3Child.process.pid] : [],
    };
    webhook = opts.webhook ? await startBenchWebhook(sql, datasetId) : null;
    for (const [i, mode] of MODES.entries()) {
      if (i > 0) await settle(datasetId);
      const since = await dbNow();
      await run(mode as Mode, urls, datasetId, tokens, cpuGroups);
      if (webhook) {
        await sleep(3000); // lets the workers drain what the last seconds queued
        await printWebhookLag(sql, since, webhook.received());
      }
    }
  } finally {
    stopping = true;
    http.close();
    await webhook?.stop();
    for (const api of apis) api.kill('SIGINT');
    await sleep(1500);
    await sql.end().catch(() => {});
    await sleep(500);
    await infra.stop();
    await s3Child?.stop();
  }
}

await main();
