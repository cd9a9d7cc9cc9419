'use client';
import type { ExperimentSummaryFieldsFragment } from '@/gql/graphql';
import { when } from '../ui/format';
import { EmptyState } from '../ui/states';
import { experimentProgress } from './experiment-progress';
import { ExperimentStatusBadge } from './experiment-status-badge';

interface Props {
  experiments: readonly ExperimentSummaryFieldsFragment[];
  selectedId: string | null;
  onSelect(id: string): void;
}

/** A dataset's experiments, newest first, with how many cell x fold runs are done or failed. */
export function ExperimentList({ experiments, selectedId, onSelect }: Props) {
  if (experiments.length === 0)
    return (
      <EmptyState title="No experiments yet">
        Create one below: it queues one training run per grid cell x fold.
      </EmptyState>
    );
  return (
    <table className="table table-hover" data-testid="experiment-list">
      <thead>
        <tr>
          <th>Name</th>
          <th>Status</th>
          <th>Folds</th>
          <th>Done</th>
          <th>Failed</th>
          <th>Running / queued</th>
          <th>Created</th>
        </tr>
      </thead>
      <tbody>
        {experiments.map((e) => {
          const p = experimentProgress(e.runs);
          return (
            <tr
              key={e.id}
              className={e.id === selectedId ? 'selected' : undefined}
              onClick={() => onSelect(e.id)}
              data-experiment={e.id}
            >
              <td>{e.name}</td>
              <td>
                <ExperimentStatusBadge status={e.status} />
              </td>
              <td>{e.folds}</td>
              <td>
                {p.done} / {p.total}
              </td>
              <td className={p.failed > 0 ? 'status-rejected' : undefined}>{p.failed}</td>
              <td>
                {p.running} / {p.queued}
              </td>
              <td className="small">{when(e.createdAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
