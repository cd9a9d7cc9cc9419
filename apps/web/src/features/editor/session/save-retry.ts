/** First wait before a failed save is sent again; it doubles per failure up to MAX. */
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;

/**
 * How long to wait before the `attempt`-th retry of a failed save (0-based): 2, 4, 8, 16, 30, 30 s
 * ... A save also goes again at once when the browser says it is back online or the tab regains
 * focus, so a network cut costs no more than the time it lasts.
 */
export function saveRetryDelayMs(attempt: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt));
}
