import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeDatasetFolder } from '@hep2/data';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ExportFormat, exportDataset, importFolder, writeExportToFolder } from '../src';
import { scratchDir, testDataset, useCatalogEnv } from './support/catalog-env';

/** Specimen names a spreadsheet would run as formulas (OWASP CSV injection). */
const FORMULAS = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-2+3'];

const env = useCatalogEnv();

/** A generated header-csv folder whose specimens are renamed to the formulas, imported. */
async function datasetNamedWithFormulas(dir: string) {
  await writeDatasetFolder(
    dir,
    { seed: 'csv-injection', specimens: FORMULAS.length, width: 160, height: 120, cellCount: 6 },
    { layout: 'header-csv', folds: 2 },
  );
  const manifest = path.join(dir, 'manifest.csv');
  const [header, ...rows] = parse(await readFile(manifest, 'utf8')) as string[][];
  const at = (header ?? []).indexOf('specimen');
  rows.forEach((row, i) => {
    row[at] = FORMULAS[i] as string;
  });
  // written plainly, as a lab's own tool would: the names arrive in the database verbatim
  await writeFile(manifest, stringify([header, ...rows]));
  const dataset = await testDataset(env.db, 'csv-injection', { patchSize: 128 });
  const imported = await importFolder(env.db, env.store, { datasetId: dataset.id, dir, labels: 'curated' });
  expect(imported.status).toBe('SUCCEEDED');
  return dataset;
}

async function exportText(datasetId: string, format: ExportFormat, name: string): Promise<string> {
  const result = await exportDataset(env.db, env.store, {
    datasetId,
    format,
    approvedOnly: false,
    level: 'specimen',
  });
  const file = result.files.find((f) => f.name === name);
  if (!file) throw new Error(`${format} export has no ${name}`);
  return Buffer.from(await file.read()).toString('utf8');
}

/** Cells as a spreadsheet sees them after CSV unquoting: none may start a formula. */
function formulaCells(csv: string): string[] {
  return (parse(csv) as string[][]).flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
}

describe('CSV exports neutralise formulas in names', () => {
  let datasetId = '';
  let dir = '';
  beforeAll(async () => {
    dir = await scratchDir('csv-injection');
    datasetId = (await datasetNamedWithFormulas(path.join(dir, 'source'))).id;
  });

  it.each([
    ['specimen-csv', 'specimens.csv'],
    ['header-csv', 'manifest.csv'],
    ['folds', 'folds.csv'],
  ] as const)('%s: %s quotes each formula and prefixes it with a single quote', async (format, name) => {
    const csv = await exportText(datasetId, format, name);
    expect(formulaCells(csv)).toEqual([]);
    for (const formula of FORMULAS) {
      expect(csv).toContain(`"'${formula.replaceAll('"', '""')}"`);
    }
  });

  it('re-importing our own manifest.csv export gives back the names unchanged', async () => {
    const result = await exportDataset(env.db, env.store, {
      datasetId,
      format: 'header-csv',
      approvedOnly: false,
      level: 'specimen',
    });
    const out = path.join(dir, 'export');
    await writeExportToFolder(out, result.files);
    const again = await testDataset(env.db, 'csv-injection-again', { patchSize: 128 });
    const imported = await importFolder(env.db, env.store, { datasetId: again.id, dir: out });
    expect(imported.status).toBe('SUCCEEDED');
    const names = await env.db.specimen.findMany({
      where: { datasetId: again.id },
      select: { externalId: true },
    });
    expect(names.map((s) => s.externalId).sort()).toEqual([...FORMULAS].sort());
  });
});
