'use client';
import { useMemo } from 'react';
import { useViewer } from '../../auth/viewer-context';
import { colourOf, cssColour } from '../../review/annotator-colours';
import { personText, presentPeople } from './presence-people';
import { usePatchSpecimens, usePresence } from './use-presence';

const SHOWN = 5;

/** A stable colour per person (the same on every screen and after reloads). */
function colourFor(userId: string): string {
  let hash = 0;
  for (const c of userId) hash = (hash * 31 + (c.codePointAt(0) ?? 0)) >>> 0;
  return cssColour(colourOf(hash));
}

/**
 * Who else labels this dataset right now, as small initials: an outer ring for someone on the same
 * patch (consensus), full colour on the same specimen, dimmed elsewhere. Nothing when alone, and
 * nothing when presence cannot be read (it is a courtesy, never in the way of labeling).
 */
export function PresenceBar({
  datasetId,
  patchId,
  specimenId,
}: {
  datasetId: string;
  patchId: string | null;
  specimenId: string | null;
}) {
  const viewer = useViewer();
  const { entries, live } = usePresence(datasetId);
  const specimenOf = usePatchSpecimens(entries, viewer.id, patchId);
  const people = useMemo(
    () => presentPeople(entries ?? [], { viewerId: viewer.id, patchId, specimenId, specimenOf }),
    [entries, viewer.id, patchId, specimenId, specimenOf],
  );
  if (!entries) return null;
  const rest = people.slice(SHOWN);
  return (
    <div
      className="presence"
      data-testid="presence"
      data-count={people.length}
      data-live={live}
      title={live ? undefined : 'Live updates are unavailable: this list is refreshed every 20 seconds.'}
    >
      {people.length > 0 && (
        <span className="muted small" id="presence-label">
          Also here
        </span>
      )}
      <ul className="presence-list" aria-labelledby="presence-label">
        {people.slice(0, SHOWN).map((p) => (
          <li
            key={p.userId}
            className={`presence-chip presence-${p.where}`}
            style={{ borderColor: colourFor(p.userId) }}
            title={personText(p)}
            aria-label={personText(p)}
            data-user-id={p.userId}
            data-where={p.where}
          >
            {p.initials}
          </li>
        ))}
        {rest.length > 0 && (
          <li
            className="presence-chip presence-more"
            title={rest.map(personText).join('\n')}
            aria-label={rest.map(personText).join('; ')}
          >
            +{rest.length}
          </li>
        )}
      </ul>
    </div>
  );
}
