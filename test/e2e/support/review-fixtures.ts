import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeRle, writeDatasetFolder } from '@hep2/data';
import type { BrowserContext } from 'playwright-core';
import { browserUserGraphql } from './graphql-client';

/**
 * A small synthetic import folder (header-CSV layout, 4 specimens of 768x640, so ~4 patches each),
 * a copy whose manifest has one bad row (an image that does not exist), and a second labelled batch
 * of 3 other specimens that a lab would import as curated ground truth (so runs can validate).
 */
export async function writeImportFolders(): Promise<{
  good: string;
  bad: string;
  badLine: number;
  curated: string;
}> {
  const good = await mkdtemp(join(tmpdir(), 'hep2-e2e-import-'));
  await writeDatasetFolder(
    good,
    { seed: 'e2e-review', specimens: 4, width: 768, height: 640, idPrefix: 'rev' },
    { layout: 'header-csv' },
  );
  const bad = await mkdtemp(join(tmpdir(), 'hep2-e2e-import-bad-'));
  await cp(good, bad, { recursive: true });
  const manifest = join(bad, 'manifest.csv');
  const lines = (await readFile(manifest, 'utf8')).trimEnd().split('\n');
  // Line 3 (the second data row) names an image that is not in the folder.
  lines[2] = (lines[2] ?? '').replace(/images\/[^,]+/, 'images/missing-specimen.png');
  await writeFile(manifest, `${lines.join('\n')}\n`);
  const curated = await mkdtemp(join(tmpdir(), 'hep2-e2e-import-curated-'));
  await writeDatasetFolder(
    curated,
    { seed: 'e2e-review-curated', specimens: 3, width: 768, height: 640, idPrefix: 'cur' },
    { layout: 'header-csv' },
  );
  return { good, bad, badLine: 3, curated };
}

interface Claimed {
  claimNext: { lease: { id: string }; patch: { id: string; width: number; height: number } };
}

/** A filled rectangle (fractions of the patch) as the COCO RLE the API takes. */
function rectRle(width: number, height: number, x0: number, y0: number, x1: number, y1: number) {
  const data = new Uint8Array(width * height);
  for (let y = Math.floor(y0 * height); y < Math.floor(y1 * height); y++)
    for (let x = Math.floor(x0 * width); x < Math.floor(x1 * width); x++) data[y * width + x] = 1;
  return encodeRle({ width, height, data });
}

/** The signed-in annotator claims their next patch and submits labels and a rectangular mask. */
export async function claimAndSubmit(
  context: BrowserContext,
  webUrl: string,
  datasetId: string,
  labels: { patternClassId: string; intensityLevelId: string; rect: [number, number, number, number] },
): Promise<string> {
  const claim = await browserUserGraphql<Claimed>(
    context,
    webUrl,
    'mutation($d: ID!) { claimNext(datasetId: $d) { lease { id } patch { id width height } } }',
    { d: datasetId },
  );
  if (!claim.data) throw new Error(`claimNext failed: ${JSON.stringify(claim.errors)}`);
  const { lease, patch } = claim.data.claimNext;
  const submitted = await browserUserGraphql(
    context,
    webUrl,
    'mutation($i: AnnotationInput!) { submitAnnotation(input: $i) { id status } }',
    {
      i: {
        patchId: patch.id,
        leaseId: lease.id,
        patternClassId: labels.patternClassId,
        intensityLevelId: labels.intensityLevelId,
        mask: rectRle(patch.width, patch.height, ...labels.rect),
      },
    },
  );
  if (submitted.errors) throw new Error(`submit failed: ${JSON.stringify(submitted.errors)}`);
  return patch.id;
}
