'use client';
import { useQuery, useSubscription } from 'urql';
import type { ReviewQueueCountsFieldsFragment } from '@/gql/graphql';
import { ReviewCountsQuery, ReviewCountsSubscription } from './review.graphql';

/** The dataset's queue counts, live (re-sent after every claim, submission and review). */
export function useReviewCounts(datasetId: string): ReviewQueueCountsFieldsFragment | null {
  const [query] = useQuery({ query: ReviewCountsQuery, variables: { datasetId } });
  const [live] = useSubscription({ query: ReviewCountsSubscription, variables: { datasetId } });
  return live.data?.queueCounts ?? query.data?.queueCounts ?? null;
}

export function ReviewCounts({ counts }: { counts: ReviewQueueCountsFieldsFragment | null }) {
  if (!counts) return null;
  const items: [string, number, string][] = [
    ['to review', counts.submitted, 'submitted'],
    ['low agreement', counts.lowAgreement, 'rejected'],
    ['returned', counts.returned, 'returned'],
    ['approved', counts.approved, 'approved'],
    ['in progress', counts.inProgress, ''],
    ['queued', counts.queued, ''],
    ['live leases', counts.activeLeases, ''],
  ];
  return (
    <div className="counts" data-testid="review-counts">
      {items.map(([label, n, tone]) => (
        <span key={label} className={tone ? `status status-${tone}` : 'status'}>
          <strong>{n}</strong> {label}
        </span>
      ))}
    </div>
  );
}
