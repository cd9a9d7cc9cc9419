/**
 * Timings the e2e test reads (reported, not asserted): sign-in to an editable patch, patch-to-patch
 * switch after submit or skip with its phases, and brush cost per pointer event (recorded by the
 * canvas).
 */

/** Phases of a switch, in the order they happen; each is ms since the key press. */
export type SwitchPhase =
  | 'submitted' // submit (or skip) answered
  | 'claimed' // claimNext answered
  | 'loaded' // image, proposal and draft fetched and decoded (instant when prefetched)
  | 'mounted' // editor committed to the DOM
  | 'frame' // the next animation frame began (its style, layout and paint follow)
  | 'painted'; // first frame with the new patch on screen: editable from here (with a prefetch
// hit this comes before 'submitted'/'claimed': strokes stay in the browser until the lease is confirmed)

export interface SwitchTiming {
  via: 'submit' | 'skip';
  /** The image was already decoded by the prefetch when the claim answered. */
  prefetched: boolean | null;
  /**
   * The patch shown on Enter was already mounted (hidden) and only revealed; false: its editor was
   * built on Enter (the guess was decoded but not mounted yet), null: nothing was shown ahead.
   */
  mountedAhead?: boolean | null;
  phases: Partial<Record<SwitchPhase, number>>;
  /** Until the first frame of the next patch: from then on it can be painted and labelled. */
  totalMs: number;
  /** Shown from the prefetch, then the submit failed and the previous patch came back. */
  failed?: boolean;
}

interface PerfStore {
  brush: number[];
  switches: number[];
  switchDetails: SwitchTiming[];
  signInToEditable: number | null;
}

const SIGN_IN_KEY = 'hep2:perf:sign-in-at';
interface OpenSwitch {
  at: number;
  via: SwitchTiming['via'];
  prefetched: boolean | null;
  mountedAhead?: boolean | null;
  phases: SwitchTiming['phases'];
  record?: SwitchTiming;
}
let pending: OpenSwitch | null = null;

export function perfStore(): PerfStore {
  const w = window as unknown as { hep2Perf?: Partial<PerfStore> };
  w.hep2Perf ??= {};
  w.hep2Perf.brush ??= [];
  w.hep2Perf.switches ??= [];
  w.hep2Perf.switchDetails ??= [];
  w.hep2Perf.signInToEditable ??= null;
  return w.hep2Perf as PerfStore;
}

/** Sign-in navigates away, so its start survives in sessionStorage as wall-clock time. */
export function markSignInStart(): void {
  try {
    sessionStorage.setItem(SIGN_IN_KEY, String(Date.now()));
  } catch {
    // ignore
  }
}

export function markSwitchStart(via: SwitchTiming['via']): void {
  performance.mark('hep2:switch:start');
  pending = { at: performance.now(), via, prefetched: null, phases: {} };
}

export function markSwitchPhase(phase: SwitchPhase): void {
  if (!pending) return;
  performance.mark(`hep2:switch:${phase}`);
  pending.phases[phase] = performance.now() - pending.at;
  finishIfDone();
}

// A prefetched patch is on screen before the claim answers: the record (already in the store) takes
// the later phases too, and the switch is over when both happened.
function finishIfDone(): void {
  if (pending?.phases.painted !== undefined && pending.phases.claimed !== undefined) pending = null;
}

/** Whether the patch shown at once on Enter had been mounted ahead (see SwitchTiming). */
export function markSwitchMountedAhead(ahead: boolean | null): void {
  if (pending) pending.mountedAhead = ahead;
}

export function markSwitchPrefetched(hit: boolean): void {
  if (!pending) return;
  pending.prefetched = hit;
  if (pending.record) pending.record.prefetched = hit;
}

/** A switch that ended without a new patch (failed submit, empty queue) is not a switch. */
export function cancelSwitch(): void {
  if (pending?.record) pending.record.failed = true;
  pending = null;
  performance.clearMarks('hep2:switch:start');
}

/** Called when a patch is mounted; the switch ends at the next frame, when it is on screen. */
export function markEditorReady(): void {
  markSwitchPhase('mounted');
  const done = () => {
    performance.mark('hep2:editor:ready');
    const store = perfStore();
    const open = pending;
    if (
      open &&
      open.phases.painted === undefined &&
      performance.getEntriesByName('hep2:switch:start').length > 0
    ) {
      const m = performance.measure('hep2:switch', 'hep2:switch:start', 'hep2:editor:ready');
      store.switches.push(m.duration);
      // the same objects: phases that end later (the claim's answer) still land in the record
      const record: SwitchTiming = {
        via: open.via,
        prefetched: open.prefetched,
        mountedAhead: open.mountedAhead ?? null,
        phases: open.phases,
        totalMs: m.duration,
      };
      store.switchDetails.push(record);
      open.record = record;
      markSwitchPhase('painted');
    }
    try {
      const at = sessionStorage.getItem(SIGN_IN_KEY);
      if (at) {
        store.signInToEditable = Date.now() - Number(at);
        sessionStorage.removeItem(SIGN_IN_KEY);
      }
    } catch {
      // ignore
    }
  };
  // rAF runs before the frame is painted; a task queued from it runs after that paint.
  requestAnimationFrame(() => {
    if (pending && pending.phases.painted === undefined)
      pending.phases.frame = performance.now() - pending.at;
    setTimeout(done, 0);
  });
}
