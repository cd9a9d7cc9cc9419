import type { WebhookDeliveryStatus } from '@/gql/graphql';

const tone: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'warning',
  SENDING: 'info',
  SUCCEEDED: 'ok',
  FAILED: 'danger',
};

export function DeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  return (
    <span className={`pill pill-${tone[status]}`} data-testid="delivery-status">
      {status === 'SENDING' && <span className="pulse" aria-hidden="true" />}
      {status.toLowerCase()}
    </span>
  );
}

export const isInFlight = (status: WebhookDeliveryStatus) => status === 'PENDING' || status === 'SENDING';
