/** A window of whole days to report on. */
export interface DaysOption {
  days: number;
  label: string;
}

export const DAY_WINDOWS: readonly DaysOption[] = [
  { days: 1, label: 'Today' },
  { days: 7, label: '7 days' },
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
];

/** Segmented buttons choosing how many days a report covers. */
export function DaysPicker({
  days,
  onChange,
  options = DAY_WINDOWS,
}: {
  days: number;
  onChange(days: number): void;
  options?: readonly DaysOption[];
}) {
  return (
    <div className="segmented">
      {options.map((w) => (
        <button
          key={w.days}
          type="button"
          className={w.days === days ? 'button active' : 'button'}
          aria-pressed={w.days === days}
          onClick={() => onChange(w.days)}
        >
          {w.label}
        </button>
      ))}
    </div>
  );
}
