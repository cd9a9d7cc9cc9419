import { createHash } from 'node:crypto';
import type { Db } from '@hep2/db';
import { loadSpecimenGroups, lockDatasetTraining } from '@hep2/training';

export interface SpecimenCandidate {
  id: string;
  /** Dominant pattern label of the specimen's samples (stratifies the pick), null if unknown. */
  label: number | null;
  /** The specimen's group (Specimen.metadata.group); absent, the specimen is its own group. */
  group?: string;
}

const groupKey = (s: SpecimenCandidate) => s.group || s.id;

/**
 * Deterministic validation groups: a group (a patient's well, the images of one specimen) is
 * validated whole or not at all. Round-robin over the groups' dominant labels, each label's groups
 * ordered by a hash of (dataset, group), so that every pattern is represented where possible and the
 * same data always gives the same pick. At least one group stays for training; `fraction` counts
 * groups. A specimen without a group is its own group (then the pick is the per-specimen one).
 */
export function pickValidationGroups(
  datasetId: string,
  specimens: SpecimenCandidate[],
  fraction: number,
): string[] {
  const labels = new Map<string, (number | null)[]>();
  for (const s of specimens) labels.set(groupKey(s), [...(labels.get(groupKey(s)) ?? []), s.label]);
  if (labels.size < 2) return [];
  const count = Math.min(labels.size - 1, Math.max(1, Math.round(fraction * labels.size)));
  const rank = (key: string) => createHash('sha256').update(`${datasetId}:${key}`).digest('hex');
  const strata = new Map<string, string[]>();
  for (const [key, groupLabels] of labels) {
    const stratum = String(dominantLabel(groupLabels) ?? 'none');
    strata.set(stratum, [...(strata.get(stratum) ?? []), key]);
  }
  const ordered = [...strata.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, keys]) => keys.sort((a, b) => rank(a).localeCompare(rank(b))));
  const picked: string[] = [];
  for (let round = 0; picked.length < count; round += 1) {
    for (const keys of ordered) {
      const key = keys[round];
      if (key !== undefined && picked.length < count) picked.push(key);
    }
  }
  return picked;
}

/** The candidates of the picked groups (pickValidationGroups), in pick order. */
export function pickValidationSpecimens(
  datasetId: string,
  specimens: SpecimenCandidate[],
  fraction: number,
): string[] {
  const members = new Map<string, string[]>();
  for (const s of specimens) members.set(groupKey(s), [...(members.get(groupKey(s)) ?? []), s.id]);
  return pickValidationGroups(datasetId, specimens, fraction).flatMap((key) =>
    [...(members.get(key) ?? [])].sort(),
  );
}

/** The most frequent non-null label (the smallest on a tie), null when there is none. */
function dominantLabel(labels: (number | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const l of labels) if (l !== null) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best: number | null = null;
  for (const [label, n] of counts) {
    const top = best === null ? 0 : (counts.get(best) ?? 0);
    if (best === null || n > top || (n === top && label < best)) best = label;
  }
  return best;
}

export interface ValidationSpecimens {
  ids: Set<string>;
  pickedNow: boolean;
  /** Marked specimens given up because none of them had curated labels (empty when none). */
  dropped: string[];
}

/**
 * The dataset's fixed validation specimens (Specimen.isValidation). When none are marked yet whole
 * specimen groups are picked once (pickValidationGroups), every specimen of a picked group is
 * marked, and every later run and version is compared on the same ones. Marks that exist (an
 * import's validation fold, marks made by hand) are kept as they are, even where they split a group:
 * the run warns about that (straddlingGroupsWarning).
 *
 * `candidates` are the specimens with curated labels. Marked specimens none of which has a curated
 * label (picked when only weak labels existed, or marked by an import whose labels came later on
 * other specimens) would leave every run without validation for good: they are unmarked and the
 * pick is made again among the candidates, and `log` says so. Once one marked specimen has curated
 * labels the marks stay, so that versions keep being compared on the same specimens.
 */
export async function ensureValidationSpecimens(
  db: Db,
  datasetId: string,
  candidates: SpecimenCandidate[],
  fraction: number,
  log: (line: string) => void = () => {},
): Promise<ValidationSpecimens> {
  const curated = new Set(candidates.map((c) => c.id));
  const usable = (ids: Set<string>) => [...ids].some((id) => curated.has(id));
  const existing = await markedValidation(db, datasetId);
  if (existing.size > 0 && (usable(existing) || candidates.length < 2))
    return { ids: existing, pickedNow: false, dropped: [] };
  return db.$transaction(async (tx) => {
    await lockDatasetTraining(tx, datasetId);
    const again = await markedValidation(tx, datasetId);
    if (again.size > 0 && (usable(again) || candidates.length < 2))
      return { ids: again, pickedNow: false, dropped: [] };
    const ids = await pickWholeGroups(tx, datasetId, candidates, fraction);
    const dropped = [...again];
    if (dropped.length > 0) {
      await tx.specimen.updateMany({
        where: { datasetId, id: { in: dropped } },
        data: { isValidation: false },
      });
      const withLabels = ids.filter((id) => curated.has(id)).length;
      log(
        `validation specimens re-picked: none of the ${dropped.length} marked validation specimens has curated labels; ` +
          `${withLabels} of the ${candidates.length} specimens with curated labels are the validation specimens now` +
          (ids.length > withLabels ? ` (${ids.length} with the rest of their groups)` : ''),
      );
    }
    if (ids.length > 0) {
      await tx.specimen.updateMany({ where: { datasetId, id: { in: ids } }, data: { isValidation: true } });
    }
    return { ids: new Set(ids), pickedNow: ids.length > 0, dropped };
  });
}

/**
 * The pick among the candidates, widened to every specimen of each picked group (Specimen.metadata
 * .group), those without curated labels yet included: a group's images later approved must not
 * train against the ones that validate.
 */
async function pickWholeGroups(
  db: Pick<Db, '$queryRaw'>,
  datasetId: string,
  candidates: SpecimenCandidate[],
  fraction: number,
): Promise<string[]> {
  const groups = await loadSpecimenGroups(db, datasetId);
  const grouped = candidates.map((c) => ({ ...c, group: c.group ?? groups.get(c.id)?.group }));
  const ids = pickValidationSpecimens(datasetId, grouped, fraction);
  const chosen = new Set(ids);
  const picked = new Set(grouped.filter((c) => chosen.has(c.id)).map((c) => c.group || c.id));
  const rest = [...groups.entries()]
    .filter(([id, g]) => picked.has(g.group) && !chosen.has(id))
    .map(([id]) => id)
    .sort();
  return [...ids, ...rest];
}

async function markedValidation(db: Pick<Db, 'specimen'>, datasetId: string): Promise<Set<string>> {
  const rows = await db.specimen.findMany({ where: { datasetId, isValidation: true }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/** Why a run has no validation patch, and what to do about it (the FAILED run's error). */
export function noValidationMessage(
  curatedSpecimens: number,
  validationSpecimens: number,
  fold: boolean,
): string {
  const where = fold ? "this run's validation specimens (an experiment fold)" : 'validation specimens';
  const head = `no validation patches: 0 of ${curatedSpecimens} specimens with curated labels are ${where}`;
  const marked =
    validationSpecimens > 0 ? ` (the ${validationSpecimens} validation specimens have no curated label)` : '';
  const todo =
    curatedSpecimens < 2
      ? 'curated labels are needed on at least 2 specimens (one to train on, one to validate on): ' +
        'import labels with --labels curated, or approve annotations on patches of more specimens'
      : 'import labels with --labels curated, approve annotations on patches of the validation specimens, ' +
        'or mark specimens that have curated labels as validation specimens';
  return `${head}${marked}; ${todo}. Weak (specimen-level) labels train but never validate.`;
}
