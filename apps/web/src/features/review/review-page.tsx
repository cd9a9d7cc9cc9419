'use client';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import type { ReviewFilter } from '@/gql/graphql';
import { DatasetSwitcher } from '../datasets/dataset-picker';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { DatasetAgreementPanel } from './dataset-agreement-panel';
import { ReviewQueueQuery, ReviewTaxonomyQuery } from './review.graphql';
import { ReviewCounts, useReviewCounts } from './review-counts';
import { ReviewItem } from './review-item';
import { ReviewQueueList } from './review-queue-list';

const FILTERS: { value: ReviewFilter; label: string }[] = [
  { value: 'ALL', label: 'All submitted' },
  { value: 'LOW_AGREEMENT', label: 'Low agreement' },
  { value: 'CONTRADICTS_SPECIMEN', label: 'Contradicts specimen' },
];

/** The curator's queue for one dataset with the selected item beside it (J/K move, A/R/E decide). */
export function ReviewPage({
  datasetId,
  initialPatchId = null,
}: {
  datasetId: string;
  initialPatchId?: string | null;
}) {
  const [filter, setFilter] = useState<ReviewFilter>('ALL');
  const [taxonomy, refetchTaxonomy] = useQuery({ query: ReviewTaxonomyQuery, variables: { id: datasetId } });
  const [queue, refetchQueue] = useQuery({
    query: ReviewQueueQuery,
    variables: { datasetId, filter, first: 100 },
    requestPolicy: 'network-only',
  });
  const counts = useReviewCounts(datasetId);
  const items = queue.data?.reviewQueue.edges.map((e) => e.node) ?? [];
  const [selectedId, setSelectedId] = useState<string | null>(initialPatchId);
  const selectedIndex = items.findIndex((p) => p.id === selectedId);
  const selected = selectedIndex >= 0 ? items[selectedIndex] : items[0];

  // The queue changes under us (other curators, new submissions): refetch when the counts move.
  const countsKey = counts
    ? `${counts.submitted}:${counts.lowAgreement}:${counts.approved}:${counts.returned}`
    : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the live counts
  useEffect(() => {
    if (countsKey) refetchQueue({ requestPolicy: 'network-only' });
  }, [countsKey]);

  const move = (delta: 1 | -1) => {
    if (items.length === 0) return;
    const at = Math.max(0, selectedIndex);
    const next = items[Math.min(items.length - 1, Math.max(0, at + delta))];
    if (next) setSelectedId(next.id);
  };
  const decided = () => {
    const at = Math.max(0, selectedIndex);
    const next = items[at + 1] ?? items[at - 1];
    setSelectedId(next?.id ?? null);
    refetchQueue({ requestPolicy: 'network-only' });
  };

  return (
    <QueryStates {...taxonomy} retry={() => refetchTaxonomy({ requestPolicy: 'network-only' })}>
      {(t) => (
        <div className="stack-sm">
          <div className="row">
            <h1 className="page-title grow">
              Review <span className="muted">· {t.dataset.name}</span>
            </h1>
            <DatasetSwitcher base="/review" current={datasetId} />
          </div>
          <ReviewCounts counts={counts} />
          <div className="segmented" role="tablist">
            {FILTERS.map((f) => (
              <button
                key={f.value}
                type="button"
                role="tab"
                aria-selected={f.value === filter}
                className={f.value === filter ? 'button active' : 'button'}
                onClick={() => setFilter(f.value)}
              >
                {f.label}
              </button>
            ))}
          </div>
          <QueryStates {...queue} retry={() => refetchQueue({ requestPolicy: 'network-only' })}>
            {() =>
              items.length === 0 ? (
                <EmptyState title="Nothing to review">
                  {filter === 'ALL'
                    ? 'Submitted patches appear here as annotators hand them in (live).'
                    : 'No submitted patch matches this filter.'}
                </EmptyState>
              ) : (
                <div className="review-layout">
                  <ReviewQueueList items={items} selectedId={selected?.id ?? null} onSelect={setSelectedId} />
                  {selected && (
                    <ReviewItem
                      key={selected.id}
                      patchId={selected.id}
                      taxonomy={t.dataset}
                      onDecided={decided}
                      onMove={move}
                    />
                  )}
                </div>
              )
            }
          </QueryStates>
          <DatasetAgreementPanel datasetId={datasetId} />
        </div>
      )}
    </QueryStates>
  );
}
