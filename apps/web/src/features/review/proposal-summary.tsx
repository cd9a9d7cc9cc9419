import type { ReviewPatch } from './use-review-item';

type Proposal = NonNullable<NonNullable<ReviewPatch>['proposal']>;

const percent = (probs: readonly number[]) => `${Math.round(Math.max(0, ...probs) * 100)} %`;

/**
 * What the active model proposed for the patch, beside the submissions: a curator judges the work
 * against it (each submission also shows its Dice against the proposal it started from).
 */
export function ProposalSummary({ proposal }: { proposal: Proposal | null }) {
  return (
    <section className="panel small" aria-label="Model proposal" data-testid="proposal-summary">
      <h3>Model proposal</h3>
      {proposal ? (
        <p>
          Version {proposal.modelVersionNumber} ({proposal.method}):{' '}
          <strong>{proposal.patternClass?.label ?? 'no pattern'}</strong> ({percent(proposal.patternProbs)}),{' '}
          <strong>{proposal.intensityLevel?.name ?? 'no intensity'}</strong> (
          {percent(proposal.intensityProbs)})
          {proposal.maskUrl ? '; its mask is shown beside the submissions.' : '; no mask.'}{' '}
          <span className="muted">
            Each submission shows how much its author changed it (Dice vs proposal).
          </span>
        </p>
      ) : (
        <p className="muted">The active model has not scored this patch (or no model is active yet).</p>
      )}
    </section>
  );
}
