import { randomUUID } from 'node:crypto';
import {
  encodePng,
  encodeTiff,
  type GreyImage,
  generateCellCrop,
  generateSpecimen,
  sha256,
} from '@hep2/data';
import type { Db } from '@hep2/db';
import { ObjectStore, objectKeys } from '@hep2/storage';

/**
 * Specimens shaped like the real ones that showed "Preview unavailable": TIFF originals (which no
 * browser decodes), dim, with a black border; 8- and 16-bit; and a small non-square cell crop that is
 * its own single patch (as the import makes a crop smaller than the patch size).
 */
export interface RealImageDatasets {
  tiff8: { datasetId: string; specimenId: string };
  tiff16: { datasetId: string; specimenId: string };
  crop: { datasetId: string; specimenId: string; width: number; height: number };
}

type S3 = { endpoint: string; accessKey: string; secretKey: string; bucket: string };

/** The generator's image rescaled into [lo, hi] (zeros stay 0), with a `border` px black frame. */
function rescale(image: GreyImage, bitDepth: 8 | 16, lo: number, hi: number, border: number): GreyImage {
  let max = 1;
  for (const v of image.data) if (v > max) max = v;
  const data = bitDepth === 16 ? new Uint16Array(image.data.length) : new Uint8Array(image.data.length);
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) {
      const i = y * image.width + x;
      const inFrame = x >= border && y >= border && x < image.width - border && y < image.height - border;
      const v = Math.round(lo + ((image.data[i] as number) / max) * (hi - lo));
      data[i] = inFrame ? Math.min(bitDepth === 16 ? 65535 : 255, v) : 0;
    }
  return { width: image.width, height: image.height, bitDepth, data };
}

function crop(image: GreyImage, x0: number, y0: number, width: number, height: number): GreyImage {
  const data = image.bitDepth === 16 ? new Uint16Array(width * height) : new Uint8Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      data[y * width + x] = image.data[(y0 + y) * image.width + x0 + x] as number;
  return { width, height, bitDepth: image.bitDepth, data };
}

async function seedOne(
  db: Db,
  store: ObjectStore,
  label: string,
  image: GreyImage,
  patchSize: number,
  patches: { x: number; y: number; width: number; height: number }[],
): Promise<{ datasetId: string; specimenId: string }> {
  const tag = randomUUID().slice(0, 8);
  const dataset = await db.dataset.create({
    data: {
      slug: `real-${label}-${tag}`,
      name: `Real-like ${label}`,
      patchSize,
      intensityMode: 'BINARY',
      patternClasses: { create: [{ key: 'homogeneous', name: 'Homogeneous', position: 0 }] },
      intensityLevels: {
        create: [
          { key: 'intermediate', name: 'Intermediate', rank: 0 },
          { key: 'positive', name: 'Positive', rank: 1 },
        ],
      },
    },
    select: { id: true },
  });
  const tiff = await encodeTiff(image);
  const contentHash = sha256(tiff);
  const imageKey = objectKeys.specimenImage(dataset.id, contentHash, 'tif');
  await store.put(imageKey, tiff, 'image/tiff');
  const specimen = await db.specimen.create({
    data: {
      datasetId: dataset.id,
      externalId: `${label}-${tag}`,
      imageKey,
      width: image.width,
      height: image.height,
      bitDepth: image.bitDepth,
      contentHash,
    },
    select: { id: true },
  });
  for (const [i, p] of patches.entries()) {
    const id = randomUUID();
    const key = objectKeys.patchImage(dataset.id, id);
    await store.put(key, await encodePng(crop(image, p.x, p.y, p.width, p.height)), 'image/png');
    await db.patch.create({
      data: { id, datasetId: dataset.id, specimenId: specimen.id, ...p, imageKey: key, priority: 10 - i },
    });
  }
  return { datasetId: dataset.id, specimenId: specimen.id };
}

export async function seedRealImageDatasets(db: Db, s3: S3): Promise<RealImageDatasets> {
  const store = new ObjectStore({ ...s3, region: 'us-east-1' });
  const field = (seed: string, bitDepth: 8 | 16) =>
    generateSpecimen({
      seed,
      pattern: 'speckled',
      intensity: 'intermediate',
      width: 1388,
      height: 1040,
      bitDepth,
    }).image;
  // Dim like the real 8-bit set (max 39) and the 16-bit one (useful window 224-544), 10 px black frame.
  const dim8 = rescale(field('real-8', 8), 8, 8, 39, 10);
  const dim16 = rescale(field('real-16', 16), 16, 224, 544, 10);
  const grid = [
    { x: 500, y: 300, width: 384, height: 384 },
    { x: 0, y: 0, width: 384, height: 384 },
  ];
  const cell = generateCellCrop({
    seed: 'real-crop',
    pattern: 'nuclear_membrane',
    intensity: 'positive',
    size: 78,
  });
  // A non-square 78x74 crop with saturated nuclei (the brightest quarter at 255).
  const crop78 = rescale(crop(cell.image, 0, 2, 78, 74), 8, 10, 340, 0);
  return {
    tiff8: await seedOne(db, store, 'tiff8', dim8, 384, grid),
    tiff16: await seedOne(db, store, 'tiff16', dim16, 384, grid),
    crop: {
      ...(await seedOne(db, store, 'crop', crop78, 78, [{ x: 0, y: 0, width: 78, height: 74 }])),
      width: 78,
      height: 74,
    },
  };
}
