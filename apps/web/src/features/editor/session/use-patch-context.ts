'use client';
import { useEffect, useMemo, useState } from 'react';
import type { PatchContext } from '../canvas/patch-canvas';
import { loadDisplayImage } from '../display/display-image';

interface PatchPlace {
  x: number;
  y: number;
  width: number;
  height: number;
  specimen: { width: number; height: number; displayUrl: string | null };
}

const KEY = 'hep2:context-margin';
const readOn = () => {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
};

/**
 * The dimmed context margin: the specimen's display copy drawn around the patch, so a cell cut by the
 * patch edge can be seen whole. Only offered when the specimen is larger than the patch.
 */
export function usePatchContext(patch: PatchPlace, active = true) {
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  const [on, setOnState] = useState(readOn);
  // Mounted ahead and shown now: the preference may have changed on the patch before.
  useEffect(() => {
    if (active) setOnState(readOn());
  }, [active]);
  const url = patch.specimen.displayUrl;
  const larger = patch.specimen.width > patch.width || patch.specimen.height > patch.height;
  useEffect(() => {
    let cancelled = false;
    setImage(null);
    if (!url || !larger) return;
    loadDisplayImage(url)
      .then((loaded) => !cancelled && setImage(loaded))
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [url, larger]);
  const setOn = (value: boolean) => {
    setOnState(value);
    try {
      localStorage.setItem(KEY, value ? 'on' : 'off');
    } catch {
      // ignore
    }
  };
  const { x, y } = patch;
  const { width, height } = patch.specimen;
  const shown = useMemo<PatchContext | null>(
    () => (image && on ? { image, x, y, specimenWidth: width, specimenHeight: height } : null),
    [image, on, x, y, width, height],
  );
  return { available: image !== null, on, setOn, shown };
}
