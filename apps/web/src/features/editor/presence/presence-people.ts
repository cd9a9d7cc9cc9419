/** Who else is labeling where the annotator is: pure logic behind the editor's presence chips. */

export interface PresenceEntryView {
  userId: string;
  userName: string;
  patchId: string;
  since: string;
}

/** How close someone works: on the same patch (consensus), another patch of the specimen, elsewhere. */
export type PresenceWhere = 'patch' | 'specimen' | 'dataset';

export interface PresentPerson {
  userId: string;
  name: string;
  initials: string;
  where: PresenceWhere;
  /** Their earliest live lease in the dataset. */
  since: string;
}

export interface Here {
  viewerId: string;
  patchId: string | null;
  specimenId: string | null;
  /** Specimen per patch id, where known (looked up for other people's patches). */
  specimenOf: ReadonlyMap<string, string>;
}

const RANK: Record<PresenceWhere, number> = { patch: 0, specimen: 1, dataset: 2 };

/** "Ana Pérez" -> "AP", "ana" -> "AN", "j.doe@lab.org" -> "JD". */
export function initials(name: string): string {
  const local = name.includes('@') ? (name.split('@')[0] ?? '') : name;
  const words = local.split(/[\s._-]+/).filter(Boolean);
  const first = (w: string | undefined) => Array.from(w ?? '')[0] ?? '';
  const letters =
    words.length >= 2
      ? first(words[0]) + first(words.at(-1))
      : Array.from(words[0] ?? '')
          .slice(0, 2)
          .join('');
  return letters.toUpperCase() || '?';
}

function whereOf(patchId: string, here: Here): PresenceWhere {
  if (patchId === here.patchId) return 'patch';
  const specimen = here.specimenOf.get(patchId);
  return specimen && specimen === here.specimenId ? 'specimen' : 'dataset';
}

/**
 * The people other than the viewer with a live lease in the dataset, one entry per person (their
 * closest lease counts), closest first, then by name.
 */
export function presentPeople(entries: readonly PresenceEntryView[], here: Here): PresentPerson[] {
  const people = new Map<string, PresentPerson>();
  for (const e of entries) {
    if (e.userId === here.viewerId) continue;
    const where = whereOf(e.patchId, here);
    const known = people.get(e.userId);
    if (!known) {
      people.set(e.userId, {
        userId: e.userId,
        name: e.userName,
        initials: initials(e.userName),
        where,
        since: e.since,
      });
      continue;
    }
    if (RANK[where] < RANK[known.where]) known.where = where;
    if (e.since < known.since) known.since = e.since;
  }
  return [...people.values()].sort((a, b) => RANK[a.where] - RANK[b.where] || a.name.localeCompare(b.name));
}

/** Other people's patches whose specimen is not known yet (the viewer's own patch needs no lookup). */
export function patchesToLookUp(
  entries: readonly PresenceEntryView[],
  here: Pick<Here, 'viewerId' | 'patchId' | 'specimenOf'>,
): string[] {
  const ids = new Set<string>();
  for (const e of entries)
    if (e.userId !== here.viewerId && e.patchId !== here.patchId && !here.specimenOf.has(e.patchId))
      ids.add(e.patchId);
  return [...ids];
}

const WHERE_TEXT: Record<PresenceWhere, string> = {
  patch: 'on this patch too',
  specimen: 'on another patch of this specimen',
  dataset: 'elsewhere in this dataset',
};

/** "Ana Pérez, on this patch too" (chip titles and the screen-reader summary). */
export const personText = (p: PresentPerson): string => `${p.name}, ${WHERE_TEXT[p.where]}`;
