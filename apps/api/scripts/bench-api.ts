/**
 * `npm run bench:api [-- --annotators 50 --seconds 30 --patches 100000 --think-ms 0 --no-mask]`
 * Seeds a dataset of N patches on embedded Postgres + S3 (under .data/bench), starts the API in a
 * child process and drives concurrent annotator loops (claim -> fetch patch -> submit) from this
 * process over HTTP. Prints throughput and p50/p95/p99 per operation, plus a raw SQL round trip
 * (`select 1` from this process) sampled during the same run.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { applyMigrations, prismaMigrationsDir } from '@hep2/db';
import { findFreePort } from '@hep2/embedded';
import pg from 'pg';
import { platformEnv, startInfrastructure } from '../../../scripts/lib/infrastructure';
import { hashPassword } from '../src/features/accounts/password';

const { values: opts } = parseArgs({
  options: {
    annotators: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '30' },
    patches: { type: 'string', default: '100000' },
    'think-ms': { type: 'string', default: '0' },
    'no-mask': { type: 'boolean', default: false },
    'pool-size': { type: 'string', default: '20' },
    /** write a V8 CPU profile of the API process to .data/bench/profile */
    profile: { type: 'boolean', default: false },
  },
});
const ANNOTATORS = Number(opts.annotators);
const SECONDS = Number(opts.seconds);
const PATCHES = Number(opts.patches);
const THINK_MS = Number(opts['think-ms']);
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
  await db.query('analyze');
  log(
    `seeded ${PATCHES} patches in ${specimens} specimens in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return datasetId;
}

async function waitReady(base: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {}
    await sleep(500);
  }
  throw new Error('API did not become ready');
}

interface BenchData {
  signIn: { token: string };
  claimNext?: { lease: { id: string; patchId: string }; draft: { version: number } | null };
}

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: BenchData;
    errors?: { extensions?: { code?: string } }[];
  };
}

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

async function run(url: string, datasetId: string, tokens: string[]) {
  const { rows: classes } = await sql.query(
    'select id from "PatternClass" where "datasetId" = $1 order by position',
    [datasetId],
  );
  const { rows: levels } = await sql.query(
    'select id from "IntensityLevel" where "datasetId" = $1 order by rank',
    [datasetId],
  );
  const times: Record<string, number[]> = { claim: [], fetch: [], submit: [], 'sql select 1': [] };
  const errors: Record<string, number> = {};
  const timed = async <R extends { errors?: { extensions?: { code?: string } }[] }>(
    op: string,
    fn: () => Promise<R>,
  ): Promise<R> => {
    const t0 = performance.now();
    const result = await fn();
    times[op]?.push(performance.now() - t0);
    if (result.errors) {
      const key = `${op}:${result.errors[0]?.extensions?.code}`;
      errors[key] = (errors[key] ?? 0) + 1;
    }
    return result;
  };
  log(
    `${tokens.length} annotators for ${SECONDS} s, think time ${THINK_MS} ms, masks ${opts['no-mask'] ? 'off' : 'on'}`,
  );
  const deadline = Date.now() + SECONDS * 1000;
  let loops = 0;
  const annotator = async (token: string, n: number) => {
    while (Date.now() < deadline) {
      const claim = await timed('claim', () => gql(url, CLAIM, { d: datasetId }, token));
      const item = claim.data?.claimNext;
      if (!item) return;
      await timed('fetch', () => gql(url, FETCH, { id: item.lease.patchId }, token));
      if (THINK_MS) await sleep(THINK_MS);
      const input = {
        patchId: item.lease.patchId,
        leaseId: item.lease.id,
        version: item.draft?.version ?? 0,
        patternClassId: classes[n % classes.length].id,
        intensityLevelId: levels[n % levels.length].id,
        ...(opts['no-mask'] ? {} : { mask: maskFor(n) }),
      };
      await timed('submit', () => gql(url, SUBMIT, { i: input }, token));
      loops++;
      n++;
    }
  };
  const sampler = async () => {
    while (Date.now() < deadline) {
      const t0 = performance.now();
      await sql.query('select 1');
      times['sql select 1']?.push(performance.now() - t0);
      await sleep(20);
    }
  };
  const started = performance.now();
  await Promise.all([...tokens.map((t, i) => annotator(t, i * 1000)), sampler()]);
  const seconds = (performance.now() - started) / 1000;
  const pct = (v: number[], p: number) =>
    [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor((p / 100) * v.length))] ?? 0;
  console.log(
    `\nannotators=${tokens.length} patches=${PATCHES} duration=${seconds.toFixed(1)}s loops=${loops} (${(loops / seconds).toFixed(1)} submissions/s)`,
  );
  console.log('operation        count    ops/s     p50 ms   p95 ms   p99 ms   max ms');
  for (const [op, v] of Object.entries(times)) {
    const row = [op.padEnd(14), String(v.length).padStart(7), (v.length / seconds).toFixed(1).padStart(8)];
    for (const p of [50, 95, 99, 100]) row.push(pct(v, p).toFixed(1).padStart(8));
    console.log(row.join(' '));
  }
  if (Object.keys(errors).length) console.log('errors:', errors);
}

async function main() {
  const dataDir = join(process.cwd(), '.data', 'bench');
  // a fresh database every run, so figures do not depend on earlier runs' rows
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const infra = await startInfrastructure({
    dataDir,
    bucket: 'hep2-bench',
    pgPort: await findFreePort(),
    s3Port: await findFreePort(),
    log: () => {},
  });
  sql = new pg.Client({ connectionString: infra.databaseUrl });
  let api: ReturnType<typeof spawn> | null = null;
  try {
    await applyMigrations(infra.databaseUrl, prismaMigrationsDir, log);
    await sql.connect();
    const datasetId = await seed(sql);
    const port = await findFreePort();
    api = spawn(
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
    const base = `http://127.0.0.1:${port}`;
    await waitReady(base);
    const tokens = await signInAnnotators(sql, `${base}/graphql`);
    await run(`${base}/graphql`, datasetId, tokens);
  } finally {
    api?.kill('SIGINT');
    await sleep(1500);
    await sql.end().catch(() => {});
    await sleep(500);
    await infra.stop();
  }
}

await main();
