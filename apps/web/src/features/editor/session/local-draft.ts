import type { CocoRle } from '@hep2/data/rle';

/** The annotator's work for one patch, kept in the browser until the server has it. */
export interface LocalDraft {
  patchId: string;
  mask: CocoRle;
  patternClassId: string | null;
  intensityLevelId: string | null;
  /** Server version the work is based on. */
  baseVersion: number | null;
  savedAt: number;
}

const key = (patchId: string) => `hep2:draft:${patchId}`;

export function readLocalDraft(patchId: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key(patchId));
    if (!raw) return null;
    const draft = JSON.parse(raw) as LocalDraft;
    return draft.patchId === patchId && Array.isArray(draft.mask?.counts) ? draft : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(draft: LocalDraft): void {
  try {
    window.localStorage.setItem(key(draft.patchId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server draft is still saved.
  }
}

export function removeLocalDraft(patchId: string): void {
  try {
    window.localStorage.removeItem(key(patchId));
  } catch {
    // ignore
  }
}
