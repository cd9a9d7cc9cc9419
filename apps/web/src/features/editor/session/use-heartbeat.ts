'use client';
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { apiError } from '../../graphql/graphql-error';
import { HeartbeatMutation } from '../../workflow/workflow.graphql';

/** Keeps the lease alive while the patch is open; reports when the server says it is gone. */
export function useHeartbeat(leaseId: string, expiresAt: string): { leaseLost: boolean; markLost(): void } {
  const client = useClient();
  const [leaseLost, setLeaseLost] = useState(false);

  useEffect(() => {
    setLeaseLost(false);
    if (!leaseId) return; // shown from the prefetch: no lease yet
    let expiry = Date.parse(expiresAt);
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;
    const schedule = () => {
      // A third of the remaining time, so two beats may fail before the lease ends.
      const delay = Math.min(60_000, Math.max(5_000, (expiry - Date.now()) / 3));
      timer = setTimeout(beat, delay);
    };
    const beat = async () => {
      const result = await client.mutation(HeartbeatMutation, { leaseId }).toPromise();
      if (stopped) return;
      if (result.data) expiry = Date.parse(result.data.heartbeat.expiresAt);
      else if (result.error) {
        const code = apiError(result.error).code;
        if (code === 'LEASE_LOST' || code === 'NOT_FOUND' || code === 'FORBIDDEN') {
          setLeaseLost(true);
          return;
        }
      }
      schedule();
    };
    schedule();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [client, leaseId, expiresAt]);

  return { leaseLost, markLost: () => setLeaseLost(true) };
}
