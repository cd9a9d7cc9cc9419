'use client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { COLORMAPS, type Colormap } from '../display/colormaps';
import { type DisplaySettings, defaultDisplay } from '../display/display-settings';
import {
  type SpecimenWindow,
  sliderRange,
  valueStats,
  type WindowMode,
  windowFor,
} from '../display/display-window';
import type { GreyImage } from '../display/grey-image';
import { buildLut, markSaturated } from '../display/lut';

const KEY = 'hep2:display';
type Kept = Pick<DisplaySettings, 'brightness' | 'contrast' | 'gamma' | 'colormap'> & {
  mode: WindowMode;
  clipping: boolean;
};
const MODES: readonly WindowMode[] = ['specimen', 'patch', 'raw'];

function readKept(): Partial<Kept> {
  try {
    const kept = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Kept>;
    if (kept.colormap && !COLORMAPS.includes(kept.colormap as Colormap)) delete kept.colormap;
    if (kept.mode && !MODES.includes(kept.mode)) delete kept.mode;
    return kept;
  } catch {
    return {};
  }
}

const pickLook = (k: Partial<Kept>): Partial<DisplaySettings> => {
  const look: Partial<DisplaySettings> = {};
  if (k.brightness !== undefined) look.brightness = k.brightness;
  if (k.contrast !== undefined) look.contrast = k.contrast;
  if (k.gamma !== undefined) look.gamma = k.gamma;
  if (k.colormap !== undefined) look.colormap = k.colormap;
  return look;
};

/**
 * Display settings. The window follows the mode (the specimen's own window by default, the same for
 * every patch of it; or this patch; or raw) and is refitted for each image; brightness, contrast,
 * gamma, colour map, mode and the clipping overlay are the annotator's preference. `active`: the
 * editor is on screen; one mounted ahead takes on the preference as it is when it is shown.
 */
export function useDisplaySettings(image: GreyImage, specimen: SpecimenWindow | null, active = true) {
  const [kept] = useState(readKept);
  const [mode, setModeState] = useState<WindowMode>(kept.mode ?? 'specimen');
  const [clipping, setClipping] = useState(kept.clipping ?? true);
  const fit = useCallback(
    (base: DisplaySettings, m: WindowMode): DisplaySettings => {
      const neutral = m === 'raw' ? { brightness: 0, contrast: 1, gamma: 1 } : {};
      return { ...base, ...neutral, ...windowFor(m, image, specimen) };
    },
    [image, specimen],
  );
  const [settings, setSettings] = useState<DisplaySettings>(() =>
    fit({ ...defaultDisplay(image.maxValue), ...kept }, mode),
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: refit for a new image, not on mode edits
  useEffect(() => setSettings((s) => fit(s, mode)), [fit]);
  // Shown after being mounted ahead: the preference may have changed on the patch before (unchanged,
  // nothing re-renders).
  // biome-ignore lint/correctness/useExhaustiveDependencies: on being shown only
  useEffect(() => {
    if (!active) return;
    const now = readKept();
    const m = now.mode ?? mode;
    if (now.clipping !== undefined) setClipping(now.clipping);
    setModeState(m);
    setSettings((s) => {
      const next = { ...s, ...pickLook(now) };
      const same =
        m === mode &&
        (['brightness', 'contrast', 'gamma', 'colormap'] as const).every((k) => next[k] === s[k]);
      return same ? s : fit(next, m);
    });
  }, [active]);
  useEffect(() => {
    const { brightness, contrast, gamma, colormap } = settings;
    try {
      localStorage.setItem(KEY, JSON.stringify({ brightness, contrast, gamma, colormap, mode, clipping }));
    } catch {
      // ignore
    }
  }, [settings, mode, clipping]);
  const stats = useMemo(() => valueStats(image), [image]);
  const lut = useMemo(() => {
    const base = buildLut(image.maxValue, settings);
    return clipping && stats.saturated > 0 ? markSaturated(base, image.maxValue) : base;
  }, [image.maxValue, settings, clipping, stats.saturated]);
  const range = useMemo(
    () => sliderRange(image, stats, specimen, settings),
    [image, stats, specimen, settings],
  );
  const setMode = useCallback(
    (m: WindowMode) => {
      setModeState(m);
      setSettings((s) => fit(s, m));
    },
    [fit],
  );
  const resetAuto = useCallback(
    () => setSettings((s) => fit({ ...s, brightness: 0, contrast: 1, gamma: 1 }, mode)),
    [fit, mode],
  );
  return { settings, setSettings, lut, resetAuto, mode, setMode, clipping, setClipping, stats, range };
}
