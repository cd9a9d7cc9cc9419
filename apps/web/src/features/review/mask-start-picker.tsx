'use client';
import { type MaskStart, startKey } from './edit-approve-start';

/** Which mask the correction starts from; choosing another starts over from it. */
export function MaskStartPicker({
  starts,
  current,
  onChoose,
}: {
  starts: readonly MaskStart[];
  current: MaskStart;
  onChoose(start: MaskStart): void;
}) {
  return (
    <fieldset className="panel stack-sm plain-fieldset" aria-label="Start from">
      <h3>Start from</h3>
      {starts.map((s) => (
        <label key={startKey(s)} className="inline-field">
          <input
            type="radio"
            name="mask-start"
            value={startKey(s)}
            checked={startKey(s) === startKey(current)}
            onChange={() => onChoose(s)}
          />{' '}
          {s.label}
        </label>
      ))}
      <p className="muted small">Choosing another start discards the changes made so far.</p>
    </fieldset>
  );
}
