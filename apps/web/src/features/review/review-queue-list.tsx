'use client';
import type { ReviewQueueQuery } from '@/gql/graphql';
import { fmt } from '../ui/format';

export type QueueItem = ReviewQueueQuery['reviewQueue']['edges'][number]['node'];

/** The queue, low agreement and contradictions first; the selected item is highlighted. */
export function ReviewQueueList({
  items,
  selectedId,
  onSelect,
}: {
  items: readonly QueueItem[];
  selectedId: string | null;
  onSelect(id: string): void;
}) {
  return (
    <ol className="queue-list" data-testid="review-queue">
      {items.map((p) => (
        <li key={p.id}>
          <button
            type="button"
            className={p.id === selectedId ? 'queue-item selected' : 'queue-item'}
            onClick={() => onSelect(p.id)}
            aria-current={p.id === selectedId}
          >
            <span className="row">
              <strong className="grow">{p.specimen.externalId}</strong>
              <span className="muted small">{p.submittedCount}×</span>
            </span>
            <span className="muted small">
              at {p.x}, {p.y}
              {p.agreementPattern !== null &&
                ` · pattern ${p.agreementPattern === 1 ? 'agreed' : p.agreementPattern === 0 ? 'disagreed' : `${Math.round(p.agreementPattern * 100)} % agree`}`}
              {p.agreementMask !== null && ` · Dice ${fmt(p.agreementMask, 2)}`}
            </span>
            <span className="row small">
              {p.lowAgreement && <span className="pill pill-danger">low agreement</span>}
              {p.contradictsSpecimen && <span className="pill pill-warning">contradicts specimen</span>}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
