/**
 * `npm run bench:export [-- --sizes 1000,8000 --image-kb 64]`: how much memory an export archive
 * takes as the dataset grows. For each size it seeds a dataset of that many approved patches (each
 * image one of 16 incompressible noise PNGs of about --image-kb, each with a mask) on embedded
 * Postgres and an S3 server in its own process, then writes the header-csv archive into the store
 * as the API's export worker does (exportDataset + writeExportArchiveToStore), sampling this
 * process's live memory every half second (collecting garbage first). It prints, per size, the
 * archive's size, the time, the process's peak RSS and the peak growth of the live JS heap and of
 * array buffers over the idle process, then the ratios between the largest and the smallest size:
 * archives grow with the dataset; memory grows only by the item list and the zip's directory
 * (about a kilobyte per file), never by the images.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeMaskPng, encodePng } from '@hep2/data';
import { applyMigrations, createDb, type Db, prismaMigrationsDir } from '@hep2/db';
import { findFreePort, startEmbeddedS3Process, startPlatformServices } from '@hep2/embedded';
import { ObjectStore } from '@hep2/storage';
import { exportDataset, writeExportArchiveToStore } from '../src';

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,8000' },
    'image-kb': { type: 'string', default: '64' },
  },
});
const sizes = String(opts.sizes)
  .split(',')
  .map((s) => Number.parseInt(s, 10));
const imageKb = Number.parseInt(String(opts['image-kb']), 10);
if (sizes.some((n) => !(n > 0)) || !(imageKb > 0)) {
  console.error('usage: npm run bench:export -- --sizes 1000,8000 --image-kb 64');
  process.exit(2);
}
const DISTINCT = 16;
const MB = 1024 * 1024;
/** A full collection on a ~120 MB heap takes tens of ms: every half second keeps the bench near full speed. */
const SAMPLE_MS = 500;

/** Noise (xorshift, seeded): PNG cannot compress it, so an image costs its full size everywhere. */
function noise(bytes: number, seed: number): Uint8Array {
  const data = new Uint8Array(bytes);
  let x = seed * 2654435761 || 1;
  for (let i = 0; i < bytes; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    data[i] = x & 0xff;
  }
  return data;
}

async function seed(db: Db, patches: number, images: string[], masks: string[]) {
  const tag = randomUUID().slice(0, 8);
  const dataset = await db.dataset.create({
    data: {
      slug: `bench-export-${tag}`,
      name: `Bench export ${tag}`,
      patternClasses: { create: [{ key: 'homogeneous', name: 'Homogeneous', position: 0 }] },
      intensityLevels: { create: [{ key: 'positive', name: 'Positive', rank: 0 }] },
    },
    select: { id: true, patternClasses: { select: { id: true } }, intensityLevels: { select: { id: true } } },
  });
  const specimens = Array.from({ length: Math.ceil(patches / 50) }, (_, s) => ({
    id: randomUUID(),
    datasetId: dataset.id,
    externalId: `s${s}`,
    imageKey: `bench/${tag}/specimen-${s}.png`,
    width: 4096,
    height: 4096,
    bitDepth: 8,
    contentHash: `${tag}-${s}`,
  }));
  await db.specimen.createMany({ data: specimens });
  for (let start = 0; start < patches; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, patches - start) }, (_, j) => {
      const i = start + j;
      return { id: randomUUID(), i, specimenId: specimens[i % specimens.length]!.id };
    });
    await db.patch.createMany({
      data: rows.map((r) => ({
        id: r.id,
        datasetId: dataset.id,
        specimenId: r.specimenId,
        x: r.i,
        y: 0,
        width: 128,
        height: 128,
        imageKey: images[r.i % DISTINCT]!,
        status: 'APPROVED' as const,
      })),
    });
    await db.annotation.createMany({
      data: rows.map((r) => ({
        patchId: r.id,
        source: 'IMPORT' as const,
        status: 'APPROVED' as const,
        patternClassId: dataset.patternClasses[0]!.id,
        intensityLevelId: dataset.intensityLevels[0]!.id,
        maskKey: masks[r.i % DISTINCT]!,
      })),
    });
  }
  return dataset.id;
}

interface Peak {
  rss: number;
  heap: number;
  buffers: number;
}

async function measure(db: Db, store: ObjectStore, datasetId: string) {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  const peak: Peak = { rss: 0, heap: 0, buffers: 0 };
  // With --expose-gc, each sample collects first: the peaks are what the export keeps alive, not
  // garbage the collector has not reached yet.
  const sample = () => {
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heap = Math.max(peak.heap, m.heapUsed - base.heapUsed);
    peak.buffers = Math.max(peak.buffers, m.arrayBuffers - base.arrayBuffers);
  };
  const started = performance.now();
  const timer = setInterval(sample, SAMPLE_MS);
  const key = `exports/bench/${randomUUID()}.zip`;
  try {
    const result = await exportDataset(db, store, { datasetId, format: 'header-csv' });
    const stored = await writeExportArchiveToStore(store, key, result.files);
    sample();
    return {
      files: result.files.length,
      bytes: stored.bytes,
      seconds: (performance.now() - started) / 1000,
      peak,
    };
  } finally {
    clearInterval(timer);
    await store.remove(key).catch(() => {});
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'hep2-bench-export-'));
const s3 = await startEmbeddedS3Process({ directory: join(dataDir, 's3'), port: 0, bucket: 'hep2-bench' });
const infra = await startPlatformServices({
  dataDir,
  bucket: 'hep2-bench',
  pgPort: await findFreePort(),
  s3Port: s3.port,
  s3,
  log: () => {},
});
try {
  await applyMigrations(infra.databaseUrl, prismaMigrationsDir, () => {});
  const db = createDb({ connectionString: infra.databaseUrl, poolSize: 4 });
  const store = new ObjectStore({ ...s3, region: 'us-east-1' });
  const side = Math.round(Math.sqrt(imageKb * 1024));
  const images: string[] = [];
  const masks: string[] = [];
  for (let k = 0; k < DISTINCT; k++) {
    const image = await encodePng({
      width: side,
      height: side,
      bitDepth: 8,
      data: noise(side * side, k + 1),
    });
    const mask = await encodeMaskPng({ width: side, height: side, data: noise(side * side, k + 100) });
    images.push(`bench/images/${k}.png`);
    masks.push(`bench/masks/${k}.png`);
    await store.put(images[k]!, image, 'image/png');
    await store.put(masks[k]!, mask, 'image/png');
  }
  console.log(
    `export memory bench: header-csv archives, images ${side}x${side} noise (~${imageKb} KB), node ${process.version}, ` +
      `${(globalThis as { gc?: unknown }).gc ? 'live memory (gc before each sample)' : 'no --expose-gc: peaks include garbage'}`,
  );
  console.log('patches | files  | archive MB | seconds | process RSS MB | live heap +MB | live buffers +MB');
  // Every dataset first: seeding through Prisma leaves its own memory behind, which must not count
  // against the export that follows it.
  const datasets: string[] = [];
  for (const patches of sizes) datasets.push(await seed(db, patches, images, masks));
  const runs: { patches: number; bytes: number; peak: Peak }[] = [];
  for (const [i, patches] of sizes.entries()) {
    const run = await measure(db, store, datasets[i]!);
    runs.push({ patches, bytes: run.bytes, peak: run.peak });
    console.log(
      `${String(patches).padStart(7)} | ${String(run.files).padStart(6)} | ${(run.bytes / MB).toFixed(1).padStart(10)} | ` +
        `${run.seconds.toFixed(1).padStart(7)} | ${(run.peak.rss / MB).toFixed(0).padStart(14)} | ` +
        `${(run.peak.heap / MB).toFixed(1).padStart(13)} | ${(run.peak.buffers / MB).toFixed(1).padStart(16)}`,
    );
  }
  const [small, large] = [runs[0]!, runs.at(-1)!];
  if (runs.length > 1) {
    const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
    console.log(
      `largest / smallest: archive x${ratio(large.bytes, small.bytes)}, process RSS x${ratio(large.peak.rss, small.peak.rss)}, ` +
        `live heap growth x${ratio(large.peak.heap, small.peak.heap)} (the item list and the zip's directory), ` +
        `live buffers x${ratio(large.peak.buffers, small.peak.buffers)}`,
    );
  }
  await db.$disconnect();
} finally {
  await infra.stop();
  await s3.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
