import { describe, expect, it } from 'vitest';
import {
  CatalogError,
  type DatasetContext,
  loadDatasetContext,
  parseTaxonomyFile,
  resolveDatasetInput,
  resolveLabels,
  TAXONOMY_PRESETS,
  type TaxonomyInput,
  taxonomyPreset,
} from '../src';
import { testDataset, useCatalogEnv } from './support/catalog-env';

/** A context as loadDatasetContext builds it, from a taxonomy (ids = keys). */
function contextOf(t: TaxonomyInput): DatasetContext {
  const patterns = t.patterns.map((p, position) => ({ ...p, id: `p:${p.key}`, position }));
  const intensities = t.intensities.map((l, rank) => ({ ...l, id: `i:${l.key}`, rank }));
  return {
    id: 'd',
    slug: 'test',
    intensityMode: t.intensities.length === 2 ? 'BINARY' : 'ORDINAL',
    patch: { patchWidth: 384, patchHeight: 384, strideX: 251, strideY: 328 },
    patternIdByKey: new Map(patterns.map((p) => [p.key, p.id])),
    patternKeyById: new Map(patterns.map((p) => [p.id, p.key])),
    intensityIdByKey: new Map(intensities.map((l) => [l.key, l.id])),
    intensityKeyById: new Map(intensities.map((l) => [l.id, l.key])),
    patterns,
    intensities,
  };
}

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CatalogError);
    return (err as CatalogError).message;
  }
  throw new Error('no error');
};

describe('taxonomy presets and files', () => {
  it('presets: seed 8, i3a 6, snphep2 5 classes; levels follow the intensity mode', () => {
    expect(TAXONOMY_PRESETS).toEqual(['seed', 'i3a', 'snphep2']);
    expect(taxonomyPreset('seed', 'BINARY').patterns).toHaveLength(8);
    expect(taxonomyPreset('i3a', 'BINARY').patterns.map((p) => p.key)).toEqual([
      'homogeneous',
      'speckled',
      'nucleolar',
      'centromere',
      'golgi',
      'nuclear_membrane',
    ]);
    const snp = taxonomyPreset('snphep2', 'ORDINAL');
    expect(snp.patterns.map((p) => [p.key, p.icapCodes])).toEqual([
      ['homogeneous', ['AC-1']],
      ['coarse_speckled', ['AC-5']],
      ['fine_speckled', ['AC-4']],
      ['nucleolar', ['AC-8', 'AC-9', 'AC-10']],
      ['centromere', ['AC-3']],
    ]);
    expect(snp.intensities.map((l) => l.key)).toEqual(['negative', 'intermediate', 'positive']);
    for (const p of TAXONOMY_PRESETS)
      expect(() => resolveDatasetInput({ slug: 'ok-slug', name: 'x', taxonomyPreset: p })).not.toThrow();
    expect(
      errorOf(() => resolveDatasetInput({ slug: 'ok-slug', name: 'x', taxonomyPreset: 'nope' })),
    ).toMatch(/^taxonomyPreset: "nope" is not one of seed, i3a, snphep2/);
  });

  it('a custom file is validated with errors naming the field', () => {
    const good = {
      patterns: [
        { key: 'rim', name: 'Rim', icapCodes: ['AC-12'], color: '#112233', shortcut: '1' },
        { key: 'dots', name: 'Dots', shortcut: '2' },
      ],
    };
    const parsed = parseTaxonomyFile(JSON.stringify(good), 'BINARY');
    expect(parsed.patterns[1]).toEqual({
      key: 'dots',
      name: 'Dots',
      icapCodes: [],
      color: undefined,
      shortcut: '2',
    });
    expect(parsed.intensities.map((l) => l.key)).toEqual(['intermediate', 'positive']);
    expect(parsed.intensitiesGiven).toBe(false);
    expect(errorOf(() => parseTaxonomyFile('{', 'BINARY'))).toMatch(/^taxonomy: not valid JSON/);
    expect(errorOf(() => parseTaxonomyFile({ patterns: [good.patterns[0]] }, 'BINARY'))).toMatch(
      /^taxonomy\.patterns: need at least two/,
    );
    const badKey = { patterns: [good.patterns[0], { key: 'Two Words', name: 'x' }] };
    expect(errorOf(() => parseTaxonomyFile(badKey, 'BINARY'))).toMatch(/^taxonomy\.patterns\[1\]\.key: /);
    const badCode = { patterns: [good.patterns[0], { key: 'b', name: 'B', icapCodes: ['4'] }] };
    expect(errorOf(() => parseTaxonomyFile(badCode, 'BINARY'))).toMatch(
      /^taxonomy\.patterns\[1\]\.icapCodes\[0\]: /,
    );
    const clash = {
      ...good,
      intensities: [
        { key: 'lo', name: 'Lo', shortcut: '1' },
        { key: 'hi', name: 'Hi' },
      ],
    };
    expect(errorOf(() => parseTaxonomyFile(clash, 'BINARY'))).toMatch(
      /^taxonomy\.intensities\[0\]\.shortcut: "1" is already the shortcut of rim/,
    );
    expect(errorOf(() => parseTaxonomyFile({ ...good, extra: 1 }, 'BINARY'))).toMatch(/^taxonomy: /);
    const dup = { patterns: [good.patterns[1], good.patterns[1]] };
    expect(errorOf(() => parseTaxonomyFile(dup, 'BINARY'))).toMatch(/patterns\[1\]\.(key|shortcut)/);
  });
});

describe('resolveLabels', () => {
  it('matches keys, names, ICAP codes and reference spellings, case/space/dash-insensitively', () => {
    const seed = contextOf(taxonomyPreset('seed', 'ORDINAL'));
    const pattern = (label: string | undefined) => {
      const r = resolveLabels(seed, label, undefined);
      return 'error' in r ? r.error : r.patternClassId;
    };
    expect(pattern('numem')).toBe('p:nuclear_membrane');
    expect(pattern('Nuclear Membrane')).toBe('p:nuclear_membrane');
    expect(pattern('nuclear-membrane')).toBe('p:nuclear_membrane');
    expect(pattern('MITSP')).toBe('p:mitotic_spindle');
    expect(pattern('homogenous')).toBe('p:homogeneous');
    expect(pattern('ac-22')).toBe('p:golgi');
    expect(pattern(undefined)).toBeNull();
    expect(pattern('  ')).toBeNull();
    expect(pattern('cytoplasmic')).toMatch(
      /pattern "cytoplasmic" is not a class of dataset test \(its classes: homogeneous, speckled, .*negative\)/,
    );
    const snp = contextOf(taxonomyPreset('snphep2', 'BINARY'));
    const snpPattern = (label: string) => {
      const r = resolveLabels(snp, label, 'pos');
      return 'error' in r ? r.error : r.patternClassId;
    };
    expect(snpPattern('AC-4')).toBe('p:fine_speckled');
    expect(snpPattern('Fine speckled')).toBe('p:fine_speckled');
    expect(snpPattern('coarse_speckled')).toBe('p:coarse_speckled');
    expect(snpPattern('homo')).toBe('p:homogeneous');
    expect(snpPattern('speckled')).toMatch(/its classes: homogeneous, coarse_speckled, fine_speckled/);
  });

  it('negative intensity only with a negative pattern, where the taxonomy has both', () => {
    const ordinal = contextOf(taxonomyPreset('seed', 'ORDINAL'));
    expect(resolveLabels(ordinal, 'negative', 'neg')).toEqual({
      patternClassId: 'p:negative',
      intensityLevelId: 'i:negative',
    });
    expect(resolveLabels(ordinal, 'golgi', 'negative')).toHaveProperty('error');
    expect(resolveLabels(ordinal, 'negative', 'positive')).toHaveProperty('error');
    expect(resolveLabels(ordinal, undefined, 'negative')).toEqual({
      patternClassId: null,
      intensityLevelId: 'i:negative',
    });
    const binary = contextOf(taxonomyPreset('seed', 'BINARY'));
    expect(resolveLabels(binary, 'negative', 'negative')).toEqual({
      patternClassId: 'p:negative',
      intensityLevelId: null,
    });
    expect(resolveLabels(binary, 'golgi', 'negative')).toEqual({
      error: 'intensity "negative" is not a level of dataset test (its levels: intermediate, positive)',
    });
    // No negative pattern class: a negative level goes with any pattern.
    const noNegative = contextOf({ ...taxonomyPreset('i3a', 'ORDINAL') });
    expect(resolveLabels(noNegative, 'golgi', 'negative')).toEqual({
      patternClassId: 'p:golgi',
      intensityLevelId: 'i:negative',
    });
  });
});

describe('createDataset with a preset', () => {
  const env = useCatalogEnv();

  it('stores the preset classes in order, and default strides follow the patch size', async () => {
    const ds = await testDataset(env.db, 'preset', { taxonomyPreset: 'snphep2', patchSize: 80 });
    expect(ds).toMatchObject({ patchSize: 80, strideX: 52, strideY: 68 });
    const ctx = await loadDatasetContext(env.db, ds.id);
    expect(ctx.patterns.map((p) => p.key)).toEqual([
      'homogeneous',
      'coarse_speckled',
      'fine_speckled',
      'nucleolar',
      'centromere',
    ]);
    expect(ctx.intensities.map((l) => l.key)).toEqual(['intermediate', 'positive']);
    const reference = await testDataset(env.db, 'preset-default');
    expect(reference).toMatchObject({ patchSize: 384, strideX: 251, strideY: 328 });
  });
});
