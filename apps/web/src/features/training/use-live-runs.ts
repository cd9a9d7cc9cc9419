'use client';
import { useMemo, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import type { TrainingRunFieldsFragment } from '@/gql/graphql';
import { TrainingRunsQuery, TrainingRunUpdatedSubscription } from './training.graphql';

export type Run = TrainingRunFieldsFragment;

/**
 * The dataset's runs, newest first: the query's list with every trainingRunUpdated event merged in
 * (a run the query has not seen yet, e.g. one triggered elsewhere, is added).
 */
export function useLiveRuns(datasetId: string) {
  const [result, refetch] = useQuery({ query: TrainingRunsQuery, variables: { datasetId, first: 50 } });
  const [live, setLive] = useState<Record<string, Run>>({});
  const [subscription] = useSubscription(
    { query: TrainingRunUpdatedSubscription, variables: { datasetId } },
    (_prev: unknown, event) => {
      const run = event.trainingRunUpdated;
      setLive((m) => ({ ...m, [run.id]: run }));
      return event;
    },
  );
  const runs = useMemo(() => {
    const byId = new Map<string, Run>();
    for (const edge of result.data?.trainingRuns.edges ?? []) byId.set(edge.node.id, edge.node);
    for (const run of Object.values(live)) byId.set(run.id, run);
    return [...byId.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, [result.data, live]);
  const remember = (run: Run) => setLive((m) => ({ ...m, [run.id]: run }));
  return {
    runs,
    result,
    liveError: subscription.error,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
    remember,
  };
}

export const isActive = (run: Pick<Run, 'status'>) => run.status === 'QUEUED' || run.status === 'RUNNING';
