import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PATCH_STATUS_LOOKS, PATCH_STATUS_ORDER, statusBars } from '../src/features/datasets/patch-status';

const schemaStatuses = () => {
  const sdl = readFileSync(new URL('../../api/schema.graphql', import.meta.url), 'utf8');
  const type = buildSchema(sdl).getType('PatchStatus') as GraphQLEnumType;
  return type.getValues().map((v) => v.name);
};

describe('patch status table', () => {
  it('has every status of the API schema, in workflow order, each with its own colour', () => {
    expect([...PATCH_STATUS_ORDER].sort()).toEqual(schemaStatuses().sort());
    expect(PATCH_STATUS_ORDER).toEqual([
      'QUEUED',
      'IN_PROGRESS',
      'SUBMITTED',
      'RETURNED',
      'APPROVED',
      'ARCHIVED',
    ]);
    const colours = Object.values(PATCH_STATUS_LOOKS).map((l) => l.colour);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('gives the same bars, order and colours whatever order the counts come in', () => {
    const counts = [
      { status: 'APPROVED', count: 4 },
      { status: 'QUEUED', count: 10 },
      { status: 'SUBMITTED', count: 2 },
    ];
    const bars = statusBars(counts);
    expect(statusBars([...counts].reverse())).toEqual(bars);
    expect(bars.map((b) => [b.name, b.count])).toEqual([
      ['queued', 10],
      ['in progress', 0],
      ['submitted', 2],
      ['returned', 0],
      ['approved', 4],
      ['archived', 0],
    ]);
    // A status keeps its colour when others come and go.
    const approved = (list: typeof bars) => list.find((b) => b.status === 'APPROVED')?.colour;
    expect(approved(statusBars([{ status: 'APPROVED', count: 1 }]))).toBe(approved(bars));
    expect(approved(bars)).toBe(PATCH_STATUS_LOOKS.APPROVED.colour);
  });

  it('puts a status this build does not know after the known ones, not in place of one', () => {
    const bars = statusBars([
      { status: 'ON_HOLD', count: 3 },
      { status: 'QUEUED', count: 1 },
    ]);
    expect(bars).toHaveLength(7);
    expect(bars.at(-1)).toMatchObject({ status: 'ON_HOLD', name: 'on hold', count: 3 });
    expect(bars[0]).toMatchObject({ status: 'QUEUED', count: 1 });
  });
});
