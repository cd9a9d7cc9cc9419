import { describe, expect, it } from 'vitest';
import { type CalibrationPatch, splitCalibrationPatches } from '../src/index';

const patches = (perSpecimen: number[]): CalibrationPatch[] =>
  perSpecimen.flatMap((n, s) =>
    Array.from({ length: n }, (_, j) => ({ patchId: `p${s}-${j}`, specimenId: `s${s}` })),
  );

const specimenOf = (id: string) => id.split('-')[0];

describe('calibration split', () => {
  it('splits by specimen: disjoint ids, every patch once, no specimen on both sides', () => {
    const all = patches([7, 3, 12, 5, 9, 4]);
    const split = splitCalibrationPatches(all, 'version-a');
    expect(split.groupedBy).toBe('specimen');
    const fit = new Set(split.fit);
    expect(split.heldOut.filter((id) => fit.has(id))).toEqual([]);
    expect([...split.fit, ...split.heldOut].sort()).toEqual(all.map((p) => p.patchId).sort());
    const fitSpecimens = new Set(split.fit.map(specimenOf));
    expect(split.heldOut.some((id) => fitSpecimens.has(specimenOf(id)))).toBe(false);
    expect(split.fitSpecimens + split.heldOutSpecimens).toBe(6);
    // About half held out, at least half by the rule, never everything.
    expect(split.heldOut.length).toBeGreaterThanOrEqual(all.length / 2);
    expect(split.fit.length).toBeGreaterThan(0);
    // Same seed, same split; input order does not matter.
    expect(splitCalibrationPatches([...all].reverse(), 'version-a')).toEqual(split);
  });

  it('one specimen: split by patch, still disjoint; one patch: nothing held out', () => {
    const one = patches([6]);
    const split = splitCalibrationPatches(one, 'v');
    expect(split.groupedBy).toBe('patch');
    expect([split.fit.length, split.heldOut.length]).toEqual([3, 3]);
    expect(split.fit.filter((id) => split.heldOut.includes(id))).toEqual([]);
    const single = splitCalibrationPatches(patches([1]), 'v');
    expect(single).toMatchObject({ groupedBy: 'none', fit: ['p0-0'], heldOut: [] });
  });

  it('a patch without a known specimen makes the split patch-level', () => {
    const mixed = [...patches([3, 3]), { patchId: 'loose', specimenId: null }];
    const split = splitCalibrationPatches(mixed, 'v');
    expect(split.groupedBy).toBe('patch');
    expect(split.fit.length + split.heldOut.length).toBe(7);
  });
});
