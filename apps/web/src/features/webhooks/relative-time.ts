'use client';
import { useEffect, useState } from 'react';
import { DASH } from '../ui/format';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'short' });

/**
 * "5 min. ago", "in 30 sec.", "yesterday": the largest unit that fits, for times near `now`. With
 * `side`, a time on the wrong side of `now` reads as "just now" / "now": `now` ticks coarsely and the
 * server's clock is not the browser's, so what just happened must not read "in 3 sec.".
 */
export function relativeTime(iso: string | null | undefined, now: number, side?: 'past' | 'future'): string {
  if (!iso) return DASH;
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  if (side === 'past' && seconds > 0) return 'just now';
  if (side === 'future' && seconds < 5) return 'now';
  if (Math.abs(seconds) < 5) return 'just now';
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second')
      return format.format(Math.trunc(seconds / size), unit);
  }
  return DASH;
}

/** The current time, renewed every `everyMs`, so relative times move on while the page is open. */
export function useNow(everyMs = 10_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
