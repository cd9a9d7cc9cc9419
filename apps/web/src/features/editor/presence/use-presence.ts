'use client';
import { useEffect, useRef, useState } from 'react';
import { useClient, useQuery, useSubscription } from 'urql';
import type { PresenceEntryFieldsFragment } from '@/gql/graphql';
import { PatchSpecimenQuery, PresenceQuery, PresenceSubscription } from './presence.graphql';
import { type PresenceEntryView, patchesToLookUp } from './presence-people';

// The subscription only speaks when leases start or end, and says nothing while its socket
// reconnects: a slow re-read keeps the list right across such gaps, a faster one stands in for
// the subscription when it is refused.
const REREAD_LIVE_MS = 60_000;
const REREAD_NOT_LIVE_MS = 20_000;
/** At most this many specimen look-ups per change: presence is a hint, not worth a request storm. */
const LOOKUPS = 12;

export interface Presence {
  /** Null until the first answer, and when presence cannot be read at all. */
  entries: readonly PresenceEntryFieldsFragment[] | null;
  /** False when the subscription failed: the list is re-read every 20 s instead. */
  live: boolean;
}

/** Who holds which patch of the dataset: the query, then every presence event, latest wins. */
export function usePresence(datasetId: string): Presence {
  const [query, reread] = useQuery({ query: PresenceQuery, variables: { datasetId } });
  const [entries, setEntries] = useState<readonly PresenceEntryFieldsFragment[] | null>(null);
  useEffect(() => {
    if (query.data) setEntries(query.data.presence);
  }, [query.data]);
  const [subscription] = useSubscription(
    { query: PresenceSubscription, variables: { datasetId } },
    (_previous: unknown, event) => {
      setEntries(event.presence);
      return event;
    },
  );
  const live = !subscription.error;
  useEffect(() => {
    const timer = setInterval(
      () => {
        if (document.visibilityState !== 'hidden') reread({ requestPolicy: 'network-only' });
      },
      live ? REREAD_LIVE_MS : REREAD_NOT_LIVE_MS,
    );
    return () => clearInterval(timer);
  }, [live, reread]);
  return { entries: query.error && !entries ? null : entries, live };
}

/** The specimen of each patch in `entries` others hold (looked up once per patch). */
export function usePatchSpecimens(
  entries: readonly PresenceEntryView[] | null,
  viewerId: string,
  patchId: string | null,
): ReadonlyMap<string, string> {
  const client = useClient();
  const [specimenOf, setSpecimenOf] = useState<ReadonlyMap<string, string>>(new Map());
  // Asked once each: a patch that cannot be looked up is shown as "elsewhere in this dataset".
  const asked = useRef(new Set<string>());
  useEffect(() => {
    if (!entries) return;
    const wanted = patchesToLookUp(entries, { viewerId, patchId, specimenOf })
      .filter((id) => !asked.current.has(id))
      .slice(0, LOOKUPS);
    if (wanted.length === 0) return;
    for (const id of wanted) asked.current.add(id);
    void Promise.all(
      wanted.map((id) =>
        client
          .query(PatchSpecimenQuery, { patchId: id }, { requestPolicy: 'cache-first' })
          .toPromise()
          .then((r) => [id, r.data?.patch.specimen.id ?? null] as const),
      ),
    ).then((found) => {
      const known = found.filter((f): f is readonly [string, string] => f[1] !== null);
      if (known.length > 0) setSpecimenOf((m) => new Map([...m, ...known]));
    });
  }, [client, entries, viewerId, patchId, specimenOf]);
  return specimenOf;
}
