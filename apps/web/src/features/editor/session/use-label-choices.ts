'use client';
import { type SetStateAction, useCallback, useMemo, useRef, useState } from 'react';

export interface Labels {
  patternClassId: string | null;
  intensityLevelId: string | null;
}

export interface LabelChoices extends Labels {
  choosePattern(action: SetStateAction<string | null>): void;
  chooseIntensity(action: SetStateAction<string | null>): void;
  /**
   * Starts over from `base`'s labels, except those the annotator chose since the editor opened: the
   * value they saw selected wins. Returns whether they had chosen any.
   */
  rebase(base: Labels): boolean;
}

const resolve = (action: SetStateAction<string | null>, current: string | null) =>
  typeof action === 'function' ? action(current) : action;

/** The pattern and intensity picked for the patch, remembering which ones the annotator chose. */
export function useLabelChoices(initial: Labels): LabelChoices {
  const [labels, setLabels] = useState<Labels>(initial);
  const chosen = useRef({ pattern: false, intensity: false });

  const choosePattern = useCallback((action: SetStateAction<string | null>) => {
    chosen.current.pattern = true;
    setLabels((l) => ({ ...l, patternClassId: resolve(action, l.patternClassId) }));
  }, []);
  const chooseIntensity = useCallback((action: SetStateAction<string | null>) => {
    chosen.current.intensity = true;
    setLabels((l) => ({ ...l, intensityLevelId: resolve(action, l.intensityLevelId) }));
  }, []);
  const rebase = useCallback((base: Labels) => {
    const { pattern, intensity } = chosen.current;
    setLabels((l) => ({
      patternClassId: pattern ? l.patternClassId : base.patternClassId,
      intensityLevelId: intensity ? l.intensityLevelId : base.intensityLevelId,
    }));
    return pattern || intensity;
  }, []);

  return useMemo(
    () => ({ ...labels, choosePattern, chooseIntensity, rebase }),
    [labels, choosePattern, chooseIntensity, rebase],
  );
}
