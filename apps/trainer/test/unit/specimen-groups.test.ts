import { type PlannedSpecimen, planFolds, straddlingGroupsWarning } from '@hep2/training';
import { describe, expect, it } from 'vitest';
import {
  pickValidationGroups,
  pickValidationSpecimens,
  type SpecimenCandidate,
} from '../../src/features/data/validation-split';

/** 12 groups (wells) of 1-4 images each; the group's label is g % 3. */
const grouped: SpecimenCandidate[] = Array.from({ length: 12 }, (_, g) =>
  Array.from({ length: 1 + (g % 4) }, (_, i) => ({ id: `w${g}-img${i}`, label: g % 3, group: `w${g}` })),
).flat();

const groupOfId = (id: string) => id.split('-')[0] as string;

describe('the grouped validation pick', () => {
  it('keeps every group whole: all of its images validate, or none', () => {
    const picked = pickValidationSpecimens('ds', grouped, 0.25);
    const groups = new Set(picked.map(groupOfId));
    expect(groups.size).toBe(3); // 25 % of 12 groups, not of 30 images
    for (const s of grouped) expect(picked.includes(s.id)).toBe(groups.has(groupOfId(s.id)));
    expect(pickValidationGroups('ds', grouped, 0.25).sort()).toEqual([...groups].sort());
  });

  it('is deterministic and independent of the input order', () => {
    const a = pickValidationSpecimens('ds', grouped, 0.25);
    expect(pickValidationSpecimens('ds', [...grouped].reverse(), 0.25)).toEqual(a);
    const backwards = (id: string) => [...id].reverse().join('');
    const shuffled = [...grouped].sort((x, y) => backwards(x.id).localeCompare(backwards(y.id)));
    expect(pickValidationSpecimens('ds', shuffled, 0.25)).toEqual(a);
    // Another dataset orders the groups by another hash.
    const others = ['a', 'b', 'c', 'd', 'e'].map((d) => pickValidationGroups(d, grouped, 0.25).join());
    expect(new Set(others).size).toBeGreaterThan(1);
  });

  it('stratifies groups by their dominant label so that every label validates', () => {
    const picked = pickValidationGroups('ds', grouped, 0.25);
    expect(new Set(picked.map((g) => Number(g.slice(1)) % 3))).toEqual(new Set([0, 1, 2]));
    // A group's label is its images' most frequent one: w0 is label 2 here, whatever its first image says.
    const mixed: SpecimenCandidate[] = [
      { id: 'a1', label: 0, group: 'w0' },
      { id: 'a2', label: 2, group: 'w0' },
      { id: 'a3', label: 2, group: 'w0' },
      { id: 'b1', label: 2, group: 'w1' },
      { id: 'c1', label: 0, group: 'w2' },
      { id: 'd1', label: 0, group: 'w3' },
    ];
    const two = pickValidationGroups('ds', mixed, 0.5);
    expect(two).toHaveLength(2);
    expect(two.filter((g) => g === 'w0' || g === 'w1')).toHaveLength(1);
  });

  it('leaves a group for training and picks nothing from a single group', () => {
    expect(pickValidationGroups('ds', grouped, 0.99)).toHaveLength(11);
    const one = grouped.filter((s) => s.group === 'w3');
    expect(one).toHaveLength(4);
    expect(pickValidationSpecimens('ds', one, 0.5)).toEqual([]);
  });

  it('picks as before, specimen by specimen, when no specimen has a group', () => {
    const single = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, label: i % 2 }));
    const withOwnGroup = single.map((s) => ({ ...s, group: s.id }));
    expect(pickValidationSpecimens('ds', withOwnGroup, 0.2)).toEqual(
      pickValidationSpecimens('ds', single, 0.2),
    );
  });
});

describe('a split that cuts a group', () => {
  const groups = new Map([
    ['a1', { group: 'A', fold: null }],
    ['a2', { group: 'A', fold: null }],
    ['b1', { group: 'B', fold: null }],
  ]);

  it('is named in a warning line', () => {
    const warning = straddlingGroupsWarning(
      groups,
      [{ specimenId: 'a1' }, { specimenId: 'b1' }],
      [{ specimenId: 'a2' }],
    );
    expect(warning).toMatch(
      /^warning: 1 specimen group\(s\) have samples in both training and validation \(A\)/,
    );
  });

  it('gives no warning when every group is on one side (unknown specimens are their own group)', () => {
    expect(
      straddlingGroupsWarning(
        groups,
        [{ specimenId: 'b1' }, { specimenId: 'x' }],
        [{ specimenId: 'a1' }, { specimenId: 'a2' }, { specimenId: 'y' }],
      ),
    ).toBeNull();
  });
});

/** 4 patients x 3 images, two strata; `fold` as an import with fold tables gives it. */
function specimens(fold: (patient: number) => number | null): PlannedSpecimen[] {
  return Array.from({ length: 12 }, (_, i) => {
    const patient = Math.floor(i / 3);
    return {
      id: `p${patient}-${i % 3}`,
      pattern: patient % 2 ? 'speckled' : 'homogeneous',
      intensity: 'positive',
      group: `p${patient}`,
      fold: fold(patient),
    };
  });
}

const foldsOfGroups = (folds: string[][]) => folds.map((f) => [...new Set(f.map((id) => id.split('-')[0]))]);

describe('experiment folds', () => {
  it('are the imported folds when every specimen has one', () => {
    const plan = planFolds(
      specimens((p) => [1, 0, 0, 1][p] as number),
      2,
      7,
    );
    expect(plan.source).toBe('imported');
    expect(plan.note).toBeUndefined();
    expect(plan.groups).toBe(4);
    expect(foldsOfGroups(plan.folds)).toEqual([
      ['p1', 'p2'],
      ['p0', 'p3'],
    ]);
    expect(plan.strata).toEqual({ 'homogeneous|positive': [3, 3], 'speckled|positive': [3, 3] });
  });

  it('are assigned by group when imported folds are missing or do not fit, and say why', () => {
    const none = planFolds(
      specimens(() => null),
      2,
      7,
    );
    expect(none).toMatchObject({ source: 'assigned', groups: 4 });
    expect(none.note).toBeUndefined();
    const partial = specimens((p) => (p === 3 ? null : p % 2));
    expect(planFolds(partial, 2, 7)).toMatchObject({
      source: 'assigned',
      note: '3 of 12 specimens have no imported fold',
    });
    expect(
      planFolds(
        specimens((p) => p % 2),
        3,
        7,
      ),
    ).toMatchObject({
      source: 'assigned',
      note: 'imported fold(s) 2 have no labelled specimen, 3 folds were asked for',
    });
    const cut = specimens((p) => p % 2).map((s) => (s.id === 'p0-2' ? { ...s, fold: 1 } : s));
    expect(planFolds(cut, 2, 7)).toMatchObject({
      source: 'assigned',
      note: 'group p0 lies in imported folds 0, 1',
    });
    for (const plan of [none, planFolds(cut, 2, 7)]) {
      const byFold = foldsOfGroups(plan.folds);
      expect(byFold.flat().sort()).toEqual(['p0', 'p1', 'p2', 'p3']); // each group in exactly one fold
      for (const f of plan.folds) expect(f).toHaveLength(6);
    }
  });

  it('are assigned the same way as before when specimens have no group', () => {
    const single = specimens(() => null).map(({ group: _g, fold: _f, ...s }) => s);
    const plan = planFolds(single, 3, 7);
    expect(plan).toMatchObject({ source: 'assigned', groups: 12 });
    expect(plan.folds.flat().sort()).toEqual(single.map((s) => s.id).sort());
  });

  it('need as many groups as folds', () => {
    expect(() =>
      planFolds(
        specimens(() => null),
        5,
        7,
      ),
    ).toThrow(/5 folds need at least 5 labelled specimen groups, the dataset has 4 \(12 specimens\)/);
  });
});
