import { randomUUID } from 'node:crypto';
import { decodeImage, encodeTiff, type GreyImage, sha256 } from '@hep2/data';
import { objectKeys } from '@hep2/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayKeys } from '../src/features/datasets/specimen-display.service';
import { createSignedInUser, gql, startTestApi, type TestApi, type TestUser } from './support/test-api';

let api: TestApi;
let annotator: TestUser;
let datasetId = '';

const QUERY = `query($id: ID!) { specimen(id: $id) {
  id imageUrl displayUrl displayWindow { low high min max bitDepth saturatedFraction zeroFraction width height }
} }`;

interface SpecimenDisplayResult {
  specimen: {
    displayUrl: string | null;
    displayWindow: {
      low: number;
      high: number;
      min: number;
      max: number;
      bitDepth: number;
      saturatedFraction: number;
      zeroFraction: number;
      width: number;
      height: number;
    } | null;
  };
}

/** A dim specimen like the real ones: a 12 px black border, background `base`, cells up to `peak`. */
function dimSpecimen(width: number, height: number, bitDepth: 8 | 16, base: number, peak: number): GreyImage {
  const data = bitDepth === 16 ? new Uint16Array(width * height) : new Uint8Array(width * height);
  for (let y = 12; y < height - 12; y++)
    for (let x = 12; x < width - 12; x++) {
      const cell = ((x >> 6) + (y >> 6)) % 3 === 0;
      data[y * width + x] = cell ? base + Math.round(((x * 7 + y * 13) % 100) * ((peak - base) / 99)) : base;
    }
  return { width, height, bitDepth, data };
}

async function storeSpecimen(
  image: GreyImage | Uint8Array,
  label: string,
): Promise<{ id: string; imageKey: string }> {
  const bytes = image instanceof Uint8Array ? image : await encodeTiff(image);
  const contentHash = sha256(bytes);
  const imageKey = objectKeys.specimenImage(datasetId, contentHash, 'tif');
  await api.services.store.put(imageKey, bytes, 'image/tiff');
  const size = image instanceof Uint8Array ? { width: 10, height: 10, bitDepth: 8 } : image;
  const specimen = await api.db.specimen.create({
    data: {
      datasetId,
      externalId: `${label}-${randomUUID().slice(0, 6)}`,
      imageKey,
      width: size.width,
      height: size.height,
      bitDepth: size.bitDepth,
      contentHash,
    },
    select: { id: true },
  });
  return { id: specimen.id, imageKey };
}

function maxOf(data: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < data.length; i++) max = Math.max(max, data[i] as number);
  return max;
}

async function fetchPng(url: string) {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return decodeImage(new Uint8Array(await response.arrayBuffer()));
}

beforeAll(async () => {
  api = await startTestApi();
  annotator = await createSignedInUser(api, 'ANNOTATOR');
  const tag = randomUUID().slice(0, 8);
  const dataset = await api.db.dataset.create({
    data: { slug: `display-${tag}`, name: `Display ${tag}` },
    select: { id: true },
  });
  datasetId = dataset.id;
});

afterAll(async () => {
  await api?.stop();
});

describe('Specimen.displayUrl / displayWindow (browser-readable copy, one window per specimen)', () => {
  it('an 8-bit TIFF gets an 8-bit PNG and a window that ignores the black border', async () => {
    const image = dimSpecimen(1388, 1040, 8, 12, 39);
    const { id, imageKey } = await storeSpecimen(image, 'tiff8');
    const result = await gql<SpecimenDisplayResult>(api.url, QUERY, { id }, annotator.token);
    expect(result.errors).toBeUndefined();
    const { displayUrl, displayWindow } = result.data?.specimen ?? {};
    expect(displayWindow).toMatchObject({
      low: 12,
      min: 12,
      max: 39,
      bitDepth: 8,
      width: 1388,
      height: 1040,
    });
    expect(displayWindow?.high).toBeGreaterThanOrEqual(38);
    expect(displayWindow?.zeroFraction).toBeGreaterThan(0.03);
    const png = await fetchPng(displayUrl ?? '');
    expect(png).toMatchObject({ format: 'png', bitDepth: 8, width: 1388, height: 1040 });
    // The dim background (12) becomes black, the brightest cells white, the border stays black.
    expect(png.data[0]).toBe(0);
    expect(png.data[20 * 1388 + 20]).toBe(0);
    expect(maxOf(png.data)).toBe(255);
    // Stored beside the original, under a key derived from it: made once.
    const keys = displayKeys(imageKey);
    expect(keys.png.startsWith(imageKey.replace(/image\.tif$/, ''))).toBe(true);
    expect(await api.services.store.exists(keys.png)).toBe(true);
    expect(await api.services.store.exists(keys.json)).toBe(true);
  });

  it('a 16-bit TIFF gets an 8-bit PNG, shrunk to 1600 px, with its window in 16-bit units', async () => {
    const image = dimSpecimen(2000, 1000, 16, 224, 544);
    const { id } = await storeSpecimen(image, 'tiff16');
    const first = await gql<SpecimenDisplayResult>(api.url, QUERY, { id }, annotator.token);
    expect(first.errors).toBeUndefined();
    const window = first.data?.specimen.displayWindow;
    expect(window).toMatchObject({ low: 224, min: 224, max: 544, bitDepth: 16, width: 1600, height: 800 });
    expect(window?.high).toBeGreaterThan(530);
    const png = await fetchPng(first.data?.specimen.displayUrl ?? '');
    expect(png).toMatchObject({ bitDepth: 8, width: 1600, height: 800 });
    expect(maxOf(png.data)).toBeGreaterThan(240);
    // A second request reads the stored copy and answers the same.
    const second = await gql<SpecimenDisplayResult>(api.url, QUERY, { id }, annotator.token);
    expect(second.data?.specimen.displayWindow).toEqual(window);
  });

  it('an unreadable original gives a null preview, not a failed query', async () => {
    const { id } = await storeSpecimen(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 'broken');
    const result = await gql<SpecimenDisplayResult>(api.url, QUERY, { id }, annotator.token);
    expect(result.errors).toBeUndefined();
    expect(result.data?.specimen).toMatchObject({ displayUrl: null, displayWindow: null });
  });

  it('is as private as imageUrl: no URL without signing in', async () => {
    const { id } = await storeSpecimen(dimSpecimen(64, 64, 8, 10, 30), 'private');
    const result = await gql<SpecimenDisplayResult>(api.url, QUERY, { id });
    expect(result.data?.specimen ?? null).toBeNull();
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});
