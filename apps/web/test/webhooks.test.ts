import { describe, expect, it } from 'vitest';
import { relativeTime } from '../src/features/webhooks/relative-time';
import { SUBSCRIBABLE_EVENTS, wireName } from '../src/features/webhooks/webhook-events';
import { urlHints } from '../src/features/webhooks/webhook-url';

describe('webhook URL hints', () => {
  it('refuses what cannot be a receiver URL', () => {
    expect(urlHints('').error).toMatch(/Enter the URL/);
    expect(urlHints('lims.example.org/hook').error).toMatch(/Not a full URL/);
    expect(urlHints('https://lims.example.org/a b').error).toMatch(/spaces/);
    expect(urlHints('ftp://lims.example.org/hook').error).toMatch(/not ftp/);
    expect(urlHints('javascript:alert(1)').error).toMatch(/not javascript/);
  });

  it('accepts http(s) URLs, warning about the risky parts only', () => {
    expect(urlHints('https://lims.example.org/hooks/hep2')).toEqual({ error: null, warnings: [] });
    expect(urlHints(' http://127.0.0.1:8080/hook ').warnings).toEqual([expect.stringMatching(/unencrypted/)]);
    expect(urlHints('https://user:pw@lims.example.org/#x').warnings).toHaveLength(2);
  });
});

describe('webhook events', () => {
  it('offers every event but the synthetic ping, named as receivers see them', () => {
    expect(SUBSCRIBABLE_EVENTS.map((e) => e.event)).not.toContain('PING');
    expect(SUBSCRIBABLE_EVENTS).toHaveLength(8);
    expect(wireName('TRAINING_RUN_FINISHED')).toBe('training_run.finished');
    expect(wireName('MODEL_ROLLED_BACK')).toBe('model.rolled_back');
    expect(wireName('PING')).toBe('ping');
  });
});

describe('relative times', () => {
  const now = Date.parse('2025-01-10T12:00:00Z');
  it('uses the largest unit that fits, in the past and the future', () => {
    expect(relativeTime(null, now)).toBe('—');
    expect(relativeTime('2025-01-10T11:59:58Z', now)).toBe('just now');
    expect(relativeTime('2025-01-10T11:59:30Z', now)).toBe('30 sec. ago');
    expect(relativeTime('2025-01-10T11:55:00Z', now)).toBe('5 min. ago');
    expect(relativeTime('2025-01-10T09:00:00Z', now)).toBe('3 hr. ago');
    expect(relativeTime('2025-01-09T12:00:00Z', now)).toBe('yesterday');
    expect(relativeTime('2025-01-10T12:00:20Z', now)).toBe('in 20 sec.');
  });

  it('never shows what already happened as future, nor a due retry as past', () => {
    expect(relativeTime('2025-01-10T12:00:20Z', now, 'past')).toBe('just now');
    expect(relativeTime('2025-01-10T11:59:30Z', now, 'past')).toBe('30 sec. ago');
    expect(relativeTime('2025-01-10T11:59:30Z', now, 'future')).toBe('now');
    expect(relativeTime('2025-01-10T12:01:00Z', now, 'future')).toBe('in 1 min.');
  });
});
