'use client';
import { useMutation } from 'urql';
import { apiError } from '../graphql/graphql-error';
import { RequestScoringMutation } from './learning.graphql';

/** Re-ranks the queue from stored scores now; reports what the trainer still has to score. */
export function ScoreNowButton({ datasetId, onScored }: { datasetId: string; onScored(): void }) {
  const [state, score] = useMutation(RequestScoringMutation);
  const status = state.data?.requestScoring;
  return (
    <div className="stack-sm" data-testid="score-now">
      <div className="row">
        <button
          type="button"
          className="button"
          disabled={state.fetching}
          onClick={async () => {
            const res = await score({ datasetId });
            if (res.data) onScored();
          }}
        >
          {state.fetching ? 'Scoring…' : 'Score now'}
        </button>
        <span className="muted small grow">Re-ranks the queue from stored scores.</span>
      </div>
      {status && (
        <p className="message status-approved" role="status">
          Re-ranked {status.reranked} patches with <code>{status.method}</code>: {status.scored} scored,{' '}
          {status.unscored} still to score
          {status.unscored > 0 ? ' (the trainer picks them up within seconds)' : ''}.
          {status.activeModelVersionId ? '' : ' No active model version yet.'}
        </p>
      )}
      {state.error && (
        <p className="message message-error" role="alert">
          {apiError(state.error).message}
        </p>
      )}
    </div>
  );
}
