import { describe, expect, it } from 'vitest';
import { assignFolds, type FoldItem, foldName, parseFoldLabel } from '../src/index';

function items(): FoldItem[] {
  const out: FoldItem[] = [];
  const counts: Record<string, number> = {
    homogeneous: 14,
    speckled: 12,
    golgi: 5,
    mitotic_spindle: 7,
    centromere: 11,
  };
  for (const [pattern, n] of Object.entries(counts)) {
    for (let i = 0; i < n; i++) {
      const intensity = i % 2 ? 'positive' : 'intermediate';
      // four images per specimen, as in I3A: they must land together
      for (let img = 0; img < 4; img++) out.push({ group: `${pattern}-${i}`, pattern, intensity });
    }
  }
  return out;
}

describe('specimen folds', () => {
  it('keeps every specimen in one fold and spreads each stratum evenly', () => {
    const all = items();
    const folds = assignFolds(all, { k: 5, seed: 7 });
    expect(folds.size).toBe(49);
    const strata = new Map<string, number[]>();
    for (const [group, fold] of folds) {
      const item = all.find((i) => i.group === group)!;
      const key = `${item.pattern}|${item.intensity}`;
      const arr = strata.get(key) ?? [0, 0, 0, 0, 0];
      arr[fold] = (arr[fold] ?? 0) + 1;
      strata.set(key, arr);
    }
    for (const counts of strata.values())
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    const sizes = [0, 1, 2, 3, 4].map((f) => [...folds.values()].filter((v) => v === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('is reproducible from the seed', () => {
    const a = assignFolds(items(), { seed: 1 });
    expect([...assignFolds(items(), { seed: 1 })]).toEqual([...a]);
    expect([...assignFolds(items(), { seed: 2 })]).not.toEqual([...a]);
    expect(foldName(0)).toBe('A');
    expect(foldName(4)).toBe('E');
    expect([parseFoldLabel(' c '), parseFoldLabel('3'), parseFoldLabel('x1')]).toEqual([2, 3, undefined]);
  });

  it('refuses a specimen with two labels', () => {
    expect(() =>
      assignFolds([
        { group: 'x', pattern: 'golgi', intensity: 'positive' },
        { group: 'x', pattern: 'golgi', intensity: 'intermediate' },
      ]),
    ).toThrow(/two labels/);
  });
});
