'use client';
import { COLORMAPS, type Colormap, colormapLabels } from '../display/colormaps';
import type { DisplaySettings } from '../display/display-settings';
import { SATURATION_WARNING, type ValueStats, type WindowMode } from '../display/display-window';
import { WindowInput } from './window-input';

interface Props {
  settings: DisplaySettings;
  maxValue: number;
  mode: WindowMode;
  /** Slider range: the values the image holds, not the whole bit depth. */
  range: { min: number; max: number };
  stats: ValueStats;
  /** False when the specimen's window is unknown (the patch's own fit stands in). */
  hasSpecimenWindow: boolean;
  clipping: boolean;
  contextMargin: boolean | null;
  onChange(settings: DisplaySettings): void;
  onMode(mode: WindowMode): void;
  onClipping(on: boolean): void;
  onContextMargin(on: boolean): void;
  onAuto(): void;
}

function Slider(p: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  format?: (v: number) => string;
  onChange(v: number): void;
}) {
  return (
    <label className="slider">
      <span>
        {p.label} <output>{p.format ? p.format(p.value) : p.value}</output>
      </span>
      <input
        type="range"
        min={p.min}
        max={p.max}
        step={p.step}
        value={p.value}
        onChange={(e) => p.onChange(Number(e.target.value))}
      />
    </label>
  );
}

const modeLabels: Record<WindowMode, string> = { specimen: 'Specimen', patch: 'Patch', raw: 'Raw' };
const modeHelp: Record<WindowMode, string> = {
  specimen: 'One window for the whole specimen: patches of a specimen look alike.',
  patch: 'Fitted to this patch alone.',
  raw: 'True intensity on the full scale: a dim specimen looks dim.',
};

/** Window (specimen, patch or raw; typed or dragged), tone, false colour and the clipping overlay. */
export function DisplayPanel(p: Props) {
  const s = p.settings;
  const set = (patch: Partial<DisplaySettings>) => p.onChange({ ...s, ...patch });
  const percent = Math.round(p.stats.saturatedFraction * 1000) / 10;
  return (
    <section className="panel" aria-label="Display">
      <h3>Display</h3>
      <fieldset className="segmented wide plain-fieldset" aria-label="Window">
        {(['specimen', 'patch', 'raw'] as const).map((m) => (
          <button
            key={m}
            type="button"
            className={`button${p.mode === m ? ' active' : ''}`}
            aria-pressed={p.mode === m}
            title={modeHelp[m]}
            onClick={() => p.onMode(m)}
            data-testid={`window-${m}`}
          >
            {modeLabels[m]}
          </button>
        ))}
      </fieldset>
      <p className="muted small">
        {modeHelp[p.mode]}
        {p.mode === 'specimen' && !p.hasSpecimenWindow ? ' (Not known yet: fitted to this patch.)' : ''}
      </p>
      <WindowInput
        label="Black"
        value={s.low}
        range={p.range}
        onChange={(v) => set({ low: Math.min(v, s.high - 1) })}
      />
      <WindowInput
        label="White"
        value={s.high}
        range={{ min: p.range.min, max: Math.max(p.range.max, s.high) }}
        onChange={(v) => set({ high: Math.max(v, s.low + 1) })}
      />
      <p className="muted small" data-testid="value-range">
        Values in this patch: {p.stats.min}–{p.stats.max} of 0–{p.maxValue}
      </p>
      <Slider
        label="Brightness"
        value={s.brightness}
        min={-0.5}
        max={0.5}
        step={0.01}
        format={(v) => v.toFixed(2)}
        onChange={(v) => set({ brightness: v })}
      />
      <Slider
        label="Contrast"
        value={s.contrast}
        min={0.2}
        max={4}
        step={0.05}
        format={(v) => v.toFixed(2)}
        onChange={(v) => set({ contrast: v })}
      />
      <Slider
        label="Gamma"
        value={s.gamma}
        min={0.3}
        max={3}
        step={0.05}
        format={(v) => v.toFixed(2)}
        onChange={(v) => set({ gamma: v })}
      />
      <label className="field">
        Colour map
        <select value={s.colormap} onChange={(e) => set({ colormap: e.target.value as Colormap })}>
          {COLORMAPS.map((c) => (
            <option key={c} value={c}>
              {colormapLabels[c]}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <input type="checkbox" checked={p.clipping} onChange={(e) => p.onClipping(e.target.checked)} /> Show
        saturated pixels in red
      </label>
      {p.contextMargin !== null && (
        <label className="inline-field">
          <input
            type="checkbox"
            checked={p.contextMargin}
            onChange={(e) => p.onContextMargin(e.target.checked)}
          />{' '}
          Dimmed context around the patch
        </label>
      )}
      {p.stats.saturatedFraction >= SATURATION_WARNING && (
        <p className="message message-warning small" role="status" data-testid="saturation-warning">
          {percent} % of this patch is saturated (at {p.maxValue}): the brightest staining is clipped, so its
          true intensity is unknown.
        </p>
      )}
      <button type="button" className="button" onClick={p.onAuto}>
        Refit window
      </button>
    </section>
  );
}
