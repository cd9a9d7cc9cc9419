'use client';
import { useCallback, useEffect, useState } from 'react';
import { useQuery } from 'urql';
import type { WebhookDeliveryStatus } from '@/gql/graphql';
import { isInFlight } from './delivery-status-badge';
import { WebhookDeliveriesQuery } from './webhooks.graphql';

const PAGE = 20;
/** The API serves at most 200 rows of a connection per request. */
const MAX_SHOWN = 200;
const REFRESH_MS = 2000;

/**
 * A webhook's deliveries, newest first, as one growing window (`first` = pages x 20) rather than
 * cursor pages: deliveries keep arriving at the top while the log is open, which would shift cursor
 * page boundaries; one window stays consistent and one refetch refreshes every row shown. While a
 * shown delivery is PENDING or SENDING the window is refetched every 2 s.
 */
export function useDeliveryLog(webhookId: string) {
  const [status, setStatusState] = useState<WebhookDeliveryStatus | null>(null);
  const [pages, setPages] = useState(1);
  const first = Math.min(pages * PAGE, MAX_SHOWN);
  const [result, refetch] = useQuery({
    query: WebhookDeliveriesQuery,
    variables: { id: webhookId, first, status },
    requestPolicy: 'network-only',
  });
  const connection = result.data?.webhook?.deliveries;
  const deliveries = connection?.edges.map((e) => e.node) ?? [];
  const inFlight = deliveries.some((d) => isInFlight(d.status));
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);

  // Re-armed when each refetch ends (fetching goes false), so a slow response never stacks requests.
  useEffect(() => {
    if (!inFlight || result.fetching) return;
    const timer = setTimeout(refresh, REFRESH_MS);
    return () => clearTimeout(timer);
  }, [inFlight, result.fetching, refresh]);

  return {
    result,
    deliveries,
    inFlight,
    status,
    setStatus: (next: WebhookDeliveryStatus | null) => {
      setStatusState(next);
      setPages(1);
    },
    canLoadMore: (connection?.pageInfo.hasNextPage ?? false) && first < MAX_SHOWN,
    // Not the 2 s refresh: a wider window than the rows shown is on its way.
    loadingMore: result.fetching && deliveries.length < first && (connection?.pageInfo.hasNextPage ?? false),
    capped: (connection?.pageInfo.hasNextPage ?? false) && first >= MAX_SHOWN,
    loadMore: () => setPages((p) => p + 1),
    refresh,
  };
}

export type DeliveryLogState = ReturnType<typeof useDeliveryLog>;
