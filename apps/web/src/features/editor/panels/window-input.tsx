'use client';
import { useEffect, useState } from 'react';

interface Props {
  label: string;
  value: number;
  range: { min: number; max: number };
  onChange(value: number): void;
}

/**
 * Black or White: a slider over the image's actual value range (one step per grey level up to a
 * thousand levels) and a box to type an exact value, committed on Enter or when leaving the box.
 */
export function WindowInput({ label, value, range, onChange }: Props) {
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const span = range.max - range.min;
  const step = span > 1000 ? Math.ceil(span / 1000) : 1;
  const commit = () => {
    const typed = Math.round(Number(text));
    if (text.trim() !== '' && Number.isFinite(typed)) onChange(Math.max(0, typed));
    else setText(String(value));
  };
  return (
    <div className="slider window-input">
      <span>
        <label htmlFor={`window-${label}`}>{label}</label>
        <input
          type="number"
          className="window-number"
          aria-label={`${label} value`}
          value={text}
          min={0}
          step={1}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            // Typing digits must not trigger the editor's shortcuts (1-9 pick a pattern).
            e.stopPropagation();
          }}
          data-testid={`window-${label.toLowerCase()}-value`}
        />
      </span>
      <input
        id={`window-${label}`}
        type="range"
        min={range.min}
        max={range.max}
        step={step}
        value={Math.min(range.max, Math.max(range.min, value))}
        onChange={(e) => onChange(Number(e.target.value))}
      />
    </div>
  );
}
