import { describe, expect, it } from 'vitest';
import {
  type Here,
  initials,
  type PresenceEntryView,
  patchesToLookUp,
  personText,
  presentPeople,
} from '../src/features/editor/presence/presence-people';

const entry = (userId: string, userName: string, patchId: string, since = '2026-12-07T10:00:00.000Z') => ({
  userId,
  userName,
  patchId,
  since,
});

const here: Here = {
  viewerId: 'me',
  patchId: 'p1',
  specimenId: 's1',
  specimenOf: new Map([
    ['p2', 's1'],
    ['p3', 's2'],
  ]),
};

describe('presence in the editor', () => {
  it('writes initials from names and e-mail-like names', () => {
    expect(initials('Ana Pérez')).toBe('AP');
    expect(initials('ana')).toBe('AN');
    expect(initials('j.doe@lab.org')).toBe('JD');
    expect(initials('Maria de la Cruz')).toBe('MC');
    expect(initials('  ')).toBe('?');
    expect(initials('Łukasz')).toBe('ŁU');
  });

  it('leaves the viewer out and puts the same patch, then the same specimen, then the rest', () => {
    const entries: PresenceEntryView[] = [
      entry('u3', 'Zoe', 'p9'),
      entry('me', 'Me', 'p1'),
      entry('u2', 'Bo Li', 'p2'),
      entry('u4', 'Al', 'p3'),
      entry('u1', 'Ana Pérez', 'p1'),
    ];
    const people = presentPeople(entries, here);
    expect(people.map((p) => [p.name, p.where])).toEqual([
      ['Ana Pérez', 'patch'],
      ['Bo Li', 'specimen'],
      ['Al', 'dataset'],
      ['Zoe', 'dataset'],
    ]);
    expect(personText(people[0] as (typeof people)[0])).toBe('Ana Pérez, on this patch too');
  });

  it('shows a person once, at their closest lease and their earliest start', () => {
    const people = presentPeople(
      [
        entry('u1', 'Ana', 'p9', '2026-12-07T10:05:00.000Z'),
        entry('u1', 'Ana', 'p2', '2026-12-07T09:00:00.000Z'),
      ],
      here,
    );
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ where: 'specimen', since: '2026-12-07T09:00:00.000Z', initials: 'AN' });
  });

  it('is empty when only the viewer is there, and before the patch is known', () => {
    expect(presentPeople([entry('me', 'Me', 'p1')], here)).toEqual([]);
    const noPatch = { ...here, patchId: null, specimenId: null };
    expect(presentPeople([entry('u1', 'Ana', 'p2')], noPatch)[0]?.where).toBe('dataset');
  });

  it('looks up the specimen only of other people’s patches that are not known yet', () => {
    const entries = [
      entry('me', 'Me', 'p7'),
      entry('u1', 'Ana', 'p1'),
      entry('u2', 'Bo', 'p2'),
      entry('u3', 'Cy', 'p8'),
      entry('u4', 'Di', 'p8'),
    ];
    expect(patchesToLookUp(entries, here)).toEqual(['p8']);
  });
});
