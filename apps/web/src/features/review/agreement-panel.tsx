import { fmt } from '../ui/format';
import type { ReviewPatch } from './use-review-item';

interface Props {
  patch: ReviewPatch;
  threshold: number;
}

/**
 * Raw agreement of one patch's annotators: the share of pairs giving the same label. With two
 * annotators that is agree (1) or disagree (0). No kappa here: a chance-corrected statistic needs a
 * set of patches (the dataset's agreement panel).
 */
function rawAgreement(value: number | null): string {
  if (value === null) return '–';
  if (value === 1) return 'agree';
  if (value === 0) return 'disagree';
  return `${Math.round(value * 100)} % of pairs agree`;
}

function Figure({ label, text, low, note }: { label: string; text: string; low: boolean; note: string }) {
  return (
    <div className={`metric-card ${low ? 'metric-low' : ''}`}>
      <span className="muted small">{label}</span>
      <strong>{text}</strong>
      <span className="muted small">{note}</span>
    </div>
  );
}

/** The patch's annotators agree or not, per label; mask overlap as mean pairwise Dice. */
export function AgreementPanel({ patch, threshold }: Props) {
  const below = (v: number | null) => typeof v === 'number' && v < threshold;
  return (
    <section className="panel" aria-label="Agreement" data-testid="agreement-panel">
      <h3>
        Agreement <span className="muted small">of this patch’s annotators</span>
      </h3>
      {patch.submittedCount < 2 ? (
        <p className="muted small">
          One submission so far: agreement needs two or more annotators of this patch.
        </p>
      ) : (
        <div className="metric-cards compact">
          <Figure
            label="Pattern"
            text={rawAgreement(patch.agreementPattern)}
            low={below(patch.agreementPattern)}
            note="same pattern?"
          />
          <Figure
            label="Intensity"
            text={rawAgreement(patch.agreementIntensity)}
            low={below(patch.agreementIntensity)}
            note="same intensity?"
          />
          <Figure
            label="Mask Dice"
            text={fmt(patch.agreementMask, 2)}
            low={below(patch.agreementMask)}
            note={`mean pairwise · threshold ${fmt(threshold, 2)}`}
          />
        </div>
      )}
      <div className="row small">
        {patch.lowAgreement && <span className="pill pill-danger">low agreement</span>}
        {patch.contradictsSpecimen && <span className="pill pill-warning">contradicts specimen verdict</span>}
      </div>
    </section>
  );
}
