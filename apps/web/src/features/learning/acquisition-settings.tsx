'use client';
import { fmt, pct } from '../ui/format';
import { type AcquisitionView, parseAcquisition, STRATEGIES } from './acquisition-json';

/**
 * The dataset's acquisition settings. Editing waits for the API's updateAcquisitionSettings
 * mutation; until then the stored settings are shown (blank = the package default).
 */
export function AcquisitionSettings({ value }: { value: unknown }) {
  const s: AcquisitionView = parseAcquisition(value);
  const rows: [string, string][] = [
    ['Strategy', s.strategy ?? 'multitask (default)'],
    ['Batch size', s.batchSize !== undefined ? String(s.batchSize) : '50 (default)'],
    ['MC-dropout passes', s.mcSamples !== undefined ? String(s.mcSamples) : '8 (default)'],
    [
      'Head weights (pattern / intensity / mask)',
      s.weights
        ? `${fmt(s.weights.pattern, 2)} / ${fmt(s.weights.intensity, 2)} / ${fmt(s.weights.mask, 2)}`
        : '0.50 / 0.25 / 0.25 (default)',
    ],
    ['Normalisation', s.normalise ?? 'rank (default)'],
    [
      'Measures',
      s.measures
        ? `${s.measures.pattern ?? '—'} / ${s.measures.intensity ?? '—'} / ${s.measures.mask ?? '—'}`
        : 'entropy / entropy / pixel-entropy (default)',
    ],
    [
      'Diversity',
      s.diversity
        ? `${s.diversity.kind ?? '—'} (×${s.diversity.candidateFactor ?? '—'}, ≤${s.diversity.maxPerSpecimen ?? '—'}/specimen)`
        : 'k-center (default)',
    ],
    [
      'Rare-class quota',
      s.rareClasses ? `${pct(s.rareClasses.share, 0)} of each batch` : '20% of each batch (default)',
    ],
  ];
  return (
    <section className="panel stack-sm" aria-label="Acquisition settings" data-testid="acquisition-settings">
      <h3>Acquisition settings</h3>
      <table className="table small">
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <td className="muted">{k}</td>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="reasons" disabled>
        <label className="field small">
          Strategy
          <select defaultValue={s.strategy ?? 'multitask'}>
            {STRATEGIES.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <button type="button" className="button">
          Save settings
        </button>
      </fieldset>
      <p className="muted small">
        Editing is pending API work: the updateAcquisitionSettings mutation is not in the schema yet.
      </p>
    </section>
  );
}
