'use client';
import { useMutation, useQuery } from 'urql';
import { apiError } from '../graphql/graphql-error';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { ApprovedPatchesQuery, SetGoldPatchMutation } from './dataset-agreement.graphql';

/**
 * Approved patches a curator can mark as gold: served blind to annotators at the dataset's gold
 * rate, each answer scored against the approved label (which the answer never changes).
 */
export function GoldPatches({ datasetId, onChanged }: { datasetId: string; onChanged(): void }) {
  const [result, refetch] = useQuery({
    query: ApprovedPatchesQuery,
    variables: { datasetId },
    requestPolicy: 'cache-and-network',
  });
  const [state, setGold] = useMutation(SetGoldPatchMutation);
  const toggle = async (patchId: string, gold: boolean) => {
    const done = await setGold({ patchId, gold });
    if (done.error) return;
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  };
  const error = state.error ? apiError(state.error) : null;
  return (
    <details className="stack-sm" data-testid="gold-patches">
      <summary>Gold patches (approved patches served blind and scored)</summary>
      <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.patches.edges.length === 0 ? (
            <EmptyState title="No approved patches yet">Approve a patch to make it gold.</EmptyState>
          ) : (
            <ul className="stack-xs small">
              {data.patches.edges.map(({ node: p }) => (
                <li key={p.id} className="row">
                  <span className="grow">
                    {p.specimen.externalId} at {p.x}, {p.y}
                  </span>
                  <label>
                    <input
                      type="checkbox"
                      checked={p.gold}
                      disabled={state.fetching}
                      onChange={(e) => toggle(p.id, e.target.checked)}
                      aria-label={`Gold: ${p.specimen.externalId} at ${p.x}, ${p.y}`}
                    />{' '}
                    gold
                  </label>
                </li>
              ))}
            </ul>
          )
        }
      </QueryStates>
      {error && (
        <p className="message message-error" role="alert">
          {error.message}
        </p>
      )}
    </details>
  );
}
