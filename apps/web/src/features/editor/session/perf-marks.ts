/**
 * Timings the e2e test reads (reported, not asserted): sign-in to an editable patch, patch-to-patch
 * switch after submit, and brush cost per pointer event (recorded by the canvas).
 */
interface PerfStore {
  brush: number[];
  switches: number[];
  signInToEditable: number | null;
}

const SIGN_IN_KEY = 'hep2:perf:sign-in-at';

export function perfStore(): PerfStore {
  const w = window as unknown as { hep2Perf?: Partial<PerfStore> };
  w.hep2Perf ??= {};
  w.hep2Perf.brush ??= [];
  w.hep2Perf.switches ??= [];
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

export function markSwitchStart(): void {
  performance.mark('hep2:switch:start');
}

/** Called when a patch is on screen and editable. */
export function markEditorReady(): void {
  performance.mark('hep2:editor:ready');
  const store = perfStore();
  if (performance.getEntriesByName('hep2:switch:start').length > 0) {
    const m = performance.measure('hep2:switch', 'hep2:switch:start', 'hep2:editor:ready');
    store.switches.push(m.duration);
    performance.clearMarks('hep2:switch:start');
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
}
