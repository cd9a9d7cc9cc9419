/** The `--create` flags shared by `hep2 import` (local) and `hep2 upload` (remote). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IntensityMode } from '@hep2/db';
import { CatalogError } from '../catalog-error';
import { type CreateDatasetInput, resolveDatasetInput } from '../datasets/create-dataset';
import { parseTaxonomyFile } from '../taxonomy/taxonomy-file';
import { isTaxonomyPreset, TAXONOMY_PRESET_SUMMARY, TAXONOMY_PRESETS } from '../taxonomy/taxonomy-presets';
import { CliUsageError, int } from './cli-args';

export const CREATION_FLAGS = ['name', 'intensity-mode', 'taxonomy', 'patch-size', 'stride'] as const;

export const CREATION_OPTIONS = {
  create: { type: 'boolean' },
  name: { type: 'string' },
  'intensity-mode': { type: 'string' },
  taxonomy: { type: 'string' },
  'patch-size': { type: 'string' },
  stride: { type: 'string' },
} as const;

export const CREATION_HELP = `  --create                  create the dataset if it does not exist, with:
  --name NAME                 display name (default: the slug)
  --intensity-mode M          BINARY (default) | ORDINAL (a taxonomy file with intensities: from
                              their count)
  --taxonomy T                pattern classes (default seed):
${TAXONOMY_PRESETS.map((p) => `                                ${p.padEnd(8)} ${TAXONOMY_PRESET_SUMMARY[p]}`).join('\n')}
                                FILE.json { "patterns": [{key,name,icapCodes?,color?,shortcut?}],
                                           "intensities"?: [{key,name,shortcut?}] }
  --patch-size N              patch edge in px (default 384); an image that fits inside it is one
                              patch of its own size (cell crops: e.g. --patch-size 80)
  --stride S                  N or XxY: largest step between patches (default: the reference
                              ratio of the patch size, 251x328 for 384)`;

type CreationFlags = Partial<Record<(typeof CREATION_FLAGS)[number], string>>;

/** The creation flags given without `--create` (they would be silently ignored otherwise). */
export function creationFlagsGiven(v: CreationFlags): string[] {
  return CREATION_FLAGS.filter((f) => v[f] !== undefined);
}

/** `--stride 64` or `--stride 64x48`. */
function strideArg(value: string | undefined): { strideX?: number; strideY?: number } {
  if (value === undefined) return {};
  const m = /^(\d+)(?:x(\d+))?$/i.exec(value.trim());
  if (!m) throw new CliUsageError(`--stride must be N or XxY, got "${value}"`);
  const strideX = int('stride', m[1]);
  return { strideX, strideY: m[2] === undefined ? strideX : int('stride', m[2]) };
}

/** The dataset --create makes, validated before anything connects (errors are usage errors). */
export async function creationInput(v: CreationFlags, slug: string): Promise<CreateDatasetInput> {
  const modeFlag = intensityModeArg(v['intensity-mode']);
  const taxonomyArg = v.taxonomy ?? 'seed';
  let input: CreateDatasetInput = {
    slug,
    name: v.name ?? slug,
    intensityMode: modeFlag,
    patchSize: int('patch-size', v['patch-size']),
    ...strideArg(v.stride),
  };
  try {
    if (isTaxonomyPreset(taxonomyArg)) {
      input.taxonomyPreset = taxonomyArg;
    } else if (/\.json$/i.test(taxonomyArg)) {
      const text = await readFile(path.resolve(taxonomyArg), 'utf8').catch((err: Error) => {
        throw new CliUsageError(`--taxonomy: cannot read ${taxonomyArg}: ${err.message}`);
      });
      const parsed = parseTaxonomyFile(text, modeFlag ?? 'BINARY');
      // A file with its own intensities sets the mode unless --intensity-mode says otherwise.
      const mode =
        modeFlag ?? (parsed.intensitiesGiven && parsed.intensities.length > 2 ? 'ORDINAL' : 'BINARY');
      const { intensitiesGiven: _, ...taxonomy } =
        mode === (modeFlag ?? 'BINARY') ? parsed : parseTaxonomyFile(text, mode);
      input = { ...input, intensityMode: mode, taxonomy };
    } else {
      throw new CliUsageError(
        `--taxonomy must be one of ${TAXONOMY_PRESETS.join(', ')} or a .json file; got "${taxonomyArg}"`,
      );
    }
    resolveDatasetInput(input);
  } catch (err) {
    if (err instanceof CatalogError) throw new CliUsageError(err.message);
    throw err;
  }
  return input;
}

function intensityModeArg(value: string | undefined): IntensityMode | undefined {
  if (value === undefined) return undefined;
  if (value !== 'BINARY' && value !== 'ORDINAL')
    throw new CliUsageError(`--intensity-mode must be one of BINARY, ORDINAL; got "${value}"`);
  return value;
}
