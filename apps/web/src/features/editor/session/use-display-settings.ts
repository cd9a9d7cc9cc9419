'use client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { autoWindow } from '../display/auto-window';
import { COLORMAPS, type Colormap } from '../display/colormaps';
import { type DisplaySettings, defaultDisplay } from '../display/display-settings';
import type { GreyImage } from '../display/grey-image';
import { buildLut } from '../display/lut';

const KEY = 'hep2:display';
type Kept = Pick<DisplaySettings, 'brightness' | 'contrast' | 'gamma' | 'colormap'>;

function readKept(): Partial<Kept> {
  try {
    const kept = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Kept>;
    if (kept.colormap && !COLORMAPS.includes(kept.colormap as Colormap)) delete kept.colormap;
    return kept;
  } catch {
    return {};
  }
}

/** Display settings: the window is fitted to each image, the rest is the annotator's preference. */
export function useDisplaySettings(image: GreyImage) {
  const auto = useCallback(
    (base: DisplaySettings): DisplaySettings => ({ ...base, ...autoWindow(image.data, image.maxValue) }),
    [image],
  );
  const [settings, setSettings] = useState<DisplaySettings>(() =>
    auto({ ...defaultDisplay(image.maxValue), ...readKept() }),
  );
  useEffect(() => setSettings((s) => auto(s)), [auto]);
  useEffect(() => {
    const { brightness, contrast, gamma, colormap } = settings;
    try {
      localStorage.setItem(KEY, JSON.stringify({ brightness, contrast, gamma, colormap }));
    } catch {
      // ignore
    }
  }, [settings]);
  const lut = useMemo(() => buildLut(image.maxValue, settings), [image.maxValue, settings]);
  const resetAuto = useCallback(
    () => setSettings((s) => auto({ ...s, brightness: 0, contrast: 1, gamma: 1 })),
    [auto],
  );
  return { settings, setSettings, lut, resetAuto };
}
