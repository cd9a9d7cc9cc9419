import { useId } from 'react';
import type { Option } from './dataset-options';

/** One choice among a few, each with a one-line explanation under its name. */
export function OptionRadios<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly Option<V>[];
  value: V;
  onChange(value: NoInfer<V>): void;
}) {
  const id = useId();
  return (
    <fieldset className="event-options">
      <legend>{legend}</legend>
      {options.map((o) => (
        <div key={o.value} className="event-option">
          <input
            type="radio"
            name={name}
            value={o.value}
            id={`${id}-${o.value}`}
            aria-describedby={`${id}-${o.value}-hint`}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          <span id={`${id}-${o.value}-hint`} className="muted small">
            {o.hint}
          </span>
        </div>
      ))}
    </fieldset>
  );
}
