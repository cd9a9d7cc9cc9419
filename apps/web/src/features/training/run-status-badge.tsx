import type { TrainingRunStatus } from '@/gql/graphql';

const tone: Record<TrainingRunStatus, string> = {
  QUEUED: 'info',
  RUNNING: 'info',
  EVALUATED: 'warning',
  PROMOTED: 'ok',
  REJECTED: 'muted',
  FAILED: 'danger',
  CANCELLED: 'muted',
};

export function RunStatusBadge({ status }: { status: TrainingRunStatus }) {
  return (
    <span className={`pill pill-${tone[status]}`} data-testid="run-status">
      {status === 'RUNNING' && <span className="pulse" aria-hidden="true" />}
      {status.toLowerCase()}
    </span>
  );
}
