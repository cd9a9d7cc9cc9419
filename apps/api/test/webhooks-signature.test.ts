import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../src/features/webhooks/webhook-sender';
import {
  newWebhookSecret,
  signWebhookBody,
  verifyWebhookSignature,
} from '../src/features/webhooks/webhook-signature';

describe('webhook signatures', () => {
  const secret = newWebhookSecret();
  const body = '{"id":"d1","event":"ping"}';
  const t = 1_800_000_000;

  it('verifies what it signed, within the tolerance only', () => {
    const header = signWebhookBody(secret, t, body);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(secret, header, body, 300, t + 299)).toBe(true);
    expect(verifyWebhookSignature(secret, header, body, 300, t + 301)).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, 300, t - 301)).toBe(false);
  });

  it('refuses another body, secret, timestamp or a malformed header', () => {
    const header = signWebhookBody(secret, t, body);
    expect(verifyWebhookSignature(secret, header, `${body} `, 300, t)).toBe(false);
    expect(verifyWebhookSignature(newWebhookSecret(), header, body, 300, t)).toBe(false);
    expect(verifyWebhookSignature(secret, header.replace(`t=${t}`, `t=${t + 1}`), body, 300, t)).toBe(false);
    for (const bad of [undefined, '', 'v1=abc', `t=${t}`, `t=${t},v1=zz`, `t=x,v1=${'0'.repeat(64)}`]) {
      expect(verifyWebhookSignature(secret, bad, body, 300, t)).toBe(false);
    }
  });

  it('makes secrets of 32 random bytes', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.slice(6), 'base64url')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(a);
  });
});

describe('retry delays', () => {
  it('grow 4x per attempt from the base, with jitter between half and all of it, capped at 1 h', () => {
    expect(retryDelayMs(1, 10_000, () => 0)).toBe(5000);
    expect(retryDelayMs(1, 10_000, () => 1)).toBe(10_000);
    expect(retryDelayMs(2, 10_000, () => 1)).toBe(40_000);
    expect(retryDelayMs(3, 10_000, () => 1)).toBe(160_000);
    expect(retryDelayMs(7, 10_000, () => 1)).toBe(3_600_000);
    expect(retryDelayMs(30, 10_000, () => 0.5)).toBe(2_700_000);
  });
});
