'use client';
import { useMemo } from 'react';
import type { GreyImage } from '../display/grey-image';
import { meanUncertainty } from '../display/uncertainty-layer';
import type { WorkItem } from '../session/work-item-loader';

type Proposal = NonNullable<WorkItem['proposal']>;

const Meter = ({ label, value, max }: { label: string; value: number; max: number }) => (
  <div className="meter" title={`${label}: ${value.toFixed(3)}`}>
    <span>{label}</span>
    <span className="meter-track">
      <span className="meter-fill" style={{ width: `${Math.min(100, (value / max) * 100)}%` }} />
    </span>
    <output>{value.toFixed(2)}</output>
  </div>
);

/** What the model proposed and how unsure it was (the reason the patch was chosen). */
export function ProposalPanel({
  proposal,
  acquisitionScore,
  acquisitionStrategy,
  patternCount,
  intensityCount,
  probability,
  uncertaintyShown,
  onToggleUncertainty,
}: {
  proposal: Proposal | null;
  acquisitionScore: number | null;
  acquisitionStrategy: string | null;
  patternCount: number;
  intensityCount: number;
  /** The proposal's per-pixel probabilities, when stored. */
  probability: GreyImage | null;
  uncertaintyShown: boolean;
  onToggleUncertainty(): void;
}) {
  const pixelMean = useMemo(() => (probability ? meanUncertainty(probability) : null), [probability]);
  if (!proposal) {
    return (
      <section className="panel" aria-label="Model proposal">
        <h3>Model proposal</h3>
        <p className="muted small">No model proposal for this patch yet: start from an empty mask.</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-label="Model proposal">
      <h3>
        Model proposal <span className="badge">v{proposal.modelVersionNumber}</span>
      </h3>
      <p className="muted small">
        Its mask is your starting point; edit it freely. Probabilities are shown next to each label.
      </p>
      <Meter
        label="Pattern uncertainty"
        value={proposal.patternEntropy}
        max={Math.log(Math.max(2, patternCount))}
      />
      <Meter
        label="Intensity uncertainty"
        value={proposal.intensityEntropy}
        max={Math.log(Math.max(2, intensityCount))}
      />
      <Meter label="Mask uncertainty" value={proposal.maskEntropy} max={Math.log(2)} />
      {probability ? (
        <div className="row">
          <button
            type="button"
            className="button"
            aria-pressed={uncertaintyShown}
            onClick={onToggleUncertainty}
            data-testid="toggle-uncertainty"
          >
            {uncertaintyShown ? 'Hide' : 'Show'} pixel uncertainty <kbd>U</kbd>
          </button>
          {pixelMean !== null && (
            <span className="muted small" title="Mean binary entropy of the proposal's pixels, in bits">
              mean {pixelMean.toFixed(2)} bit
            </span>
          )}
        </div>
      ) : (
        <p className="muted small">No per-pixel map stored for this prediction.</p>
      )}
      {acquisitionScore !== null && (
        <p className="small">
          Chosen by <strong>{acquisitionStrategy ?? 'strategy'}</strong> (score {acquisitionScore.toFixed(3)})
        </p>
      )}
    </section>
  );
}
