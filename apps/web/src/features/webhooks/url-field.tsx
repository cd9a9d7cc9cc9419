'use client';
import { useId } from 'react';
import { urlHints } from './webhook-url';

/** The receiver URL with hints for an obviously bad one (shown once the field was left or sent). */
export function UrlField({
  value,
  onChange,
  showErrors,
  onBlur,
}: {
  value: string;
  onChange(value: string): void;
  showErrors: boolean;
  onBlur(): void;
}) {
  const id = useId();
  const hints = urlHints(value);
  const error = showErrors ? hints.error : null;
  return (
    <div className="field small">
      <label htmlFor={id}>Payload URL</label>
      <input
        id={id}
        name="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://lims.example.org/hooks/hep2"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hints`}
      />
      <div id={`${id}-hints`}>
        {error && <p className="message message-error">{error}</p>}
        {!hints.error &&
          hints.warnings.map((w) => (
            <p key={w} className="message message-warning">
              {w}
            </p>
          ))}
      </div>
    </div>
  );
}
