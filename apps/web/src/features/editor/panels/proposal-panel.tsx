'use client';
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
}: {
  proposal: Proposal | null;
  acquisitionScore: number | null;
  acquisitionStrategy: string | null;
  patternCount: number;
  intensityCount: number;
}) {
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
      {acquisitionScore !== null && (
        <p className="small">
          Chosen by <strong>{acquisitionStrategy ?? 'strategy'}</strong> (score {acquisitionScore.toFixed(3)})
        </p>
      )}
    </section>
  );
}
