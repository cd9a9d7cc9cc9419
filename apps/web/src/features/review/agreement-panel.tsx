import { fmt } from '../ui/format';
import type { ReviewPatch } from './use-review-item';

interface Props {
  patch: ReviewPatch;
  threshold: number;
}

function Figure({
  label,
  value,
  note,
  threshold,
}: {
  label: string;
  value: number | null;
  note: string;
  threshold: number;
}) {
  const low = typeof value === 'number' && value < threshold;
  return (
    <div className={`metric-card ${low ? 'metric-low' : ''}`}>
      <span className="muted small">{label}</span>
      <strong>{fmt(value, 2)}</strong>
      <span className="muted small">{note}</span>
    </div>
  );
}

/** The patch's agreement figures, each fitted to its label, against the dataset's threshold. */
export function AgreementPanel({ patch, threshold }: Props) {
  return (
    <section className="panel" aria-label="Agreement" data-testid="agreement-panel">
      <h3>
        Agreement <span className="muted small">threshold {fmt(threshold, 2)}</span>
      </h3>
      {patch.submittedCount < 2 ? (
        <p className="muted small">
          One submission so far: agreement needs two or more annotators of this patch.
        </p>
      ) : (
        <div className="metric-cards compact">
          <Figure
            label="Pattern κ"
            value={patch.agreementPattern}
            note="Cohen’s kappa"
            threshold={threshold}
          />
          <Figure
            label="Intensity κw"
            value={patch.agreementIntensity}
            note="weighted kappa"
            threshold={threshold}
          />
          <Figure label="Mask Dice" value={patch.agreementMask} note="mean pairwise" threshold={threshold} />
        </div>
      )}
      <div className="row small">
        {patch.lowAgreement && <span className="pill pill-danger">low agreement</span>}
        {patch.contradictsSpecimen && <span className="pill pill-warning">contradicts specimen verdict</span>}
      </div>
    </section>
  );
}
