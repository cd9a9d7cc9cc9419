import type { PatchStatus } from '@/gql/graphql';

interface StatusLook {
  /** Lower-case words, as the counts and axes read. */
  label: string;
  colour: string;
}

/**
 * Every patch status in workflow order with its label and colour: the one table that status charts
 * and counts read, so bars keep their place and colour whichever statuses a dataset has and in
 * whatever order the API lists them. Colours follow the status text styles (globals.css).
 */
export const PATCH_STATUS_LOOKS = {
  QUEUED: { label: 'queued', colour: '#78909c' },
  IN_PROGRESS: { label: 'in progress', colour: '#ba68c8' },
  SUBMITTED: { label: 'submitted', colour: '#4fc3f7' },
  RETURNED: { label: 'returned', colour: '#ffb74d' },
  APPROVED: { label: 'approved', colour: '#81c784' },
  ARCHIVED: { label: 'archived', colour: '#5f6368' },
} as const satisfies Record<PatchStatus, StatusLook>;

export const PATCH_STATUS_ORDER = Object.keys(PATCH_STATUS_LOOKS) as PatchStatus[];

/** For a status this build does not know yet (a newer API): after the known ones, in grey. */
const UNKNOWN_COLOUR = '#9aa0a6';

export interface StatusBar {
  status: string;
  name: string;
  count: number;
  colour: string;
}

/**
 * Counts per status as chart rows: every known status in workflow order (zero when absent, so the
 * bars never move), then any unknown ones by name.
 */
export function statusBars(counts: readonly { status: string; count: number }[]): StatusBar[] {
  const byStatus = new Map(counts.map((c) => [c.status, c.count]));
  const known: StatusBar[] = PATCH_STATUS_ORDER.map((status) => ({
    status,
    name: PATCH_STATUS_LOOKS[status].label,
    count: byStatus.get(status) ?? 0,
    colour: PATCH_STATUS_LOOKS[status].colour,
  }));
  const unknown = counts
    .filter((c) => !(c.status in PATCH_STATUS_LOOKS))
    .sort((a, b) => a.status.localeCompare(b.status))
    .map((c) => ({
      status: c.status,
      name: c.status.toLowerCase().replace(/_/g, ' '),
      count: c.count,
      colour: UNKNOWN_COLOUR,
    }));
  return [...known, ...unknown];
}
