import type { ExperimentStatus } from '@/gql/graphql';

const tone: Record<ExperimentStatus, string> = {
  QUEUED: 'info',
  RUNNING: 'info',
  DONE: 'ok',
  FAILED: 'danger',
  CANCELLED: 'muted',
};

export function ExperimentStatusBadge({ status }: { status: ExperimentStatus }) {
  return (
    <span className={`pill pill-${tone[status]}`} data-testid="experiment-status">
      {status === 'RUNNING' && <span className="pulse" aria-hidden="true" />}
      {status.toLowerCase()}
    </span>
  );
}
