'use client';
import { COLORMAPS, type Colormap, colormapLabels } from '../display/colormaps';
import type { DisplaySettings } from '../display/display-settings';

interface Props {
  settings: DisplaySettings;
  maxValue: number;
  onChange(settings: DisplaySettings): void;
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

/** Window, brightness, contrast, gamma and false colour for dim or 16-bit specimens. */
export function DisplayPanel({ settings: s, maxValue, onChange, onAuto }: Props) {
  const set = (patch: Partial<DisplaySettings>) => onChange({ ...s, ...patch });
  const step = maxValue > 255 ? 16 : 1;
  return (
    <section className="panel" aria-label="Display">
      <h3>Display</h3>
      <Slider
        label="Black"
        value={s.low}
        min={0}
        max={maxValue}
        step={step}
        onChange={(v) => set({ low: Math.min(v, s.high - 1) })}
      />
      <Slider
        label="White"
        value={s.high}
        min={0}
        max={maxValue}
        step={step}
        onChange={(v) => set({ high: Math.max(v, s.low + 1) })}
      />
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
      <button type="button" className="button" onClick={onAuto}>
        Auto contrast
      </button>
    </section>
  );
}
