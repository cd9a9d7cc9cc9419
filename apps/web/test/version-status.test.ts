import { describe, expect, it } from 'vitest';
import { parsePromotion, statusLabel } from '@/features/training/version-json';

describe('model version status as people read it', () => {
  it('calls a version taken out of service by a rollback "rolled back", not "rejected"', () => {
    const rolledBack = parsePromotion({
      rule: { promote: true, reason: 'ok' },
      rolledBack: { at: '2026-01-01' },
    });
    expect(statusLabel('REJECTED', rolledBack)).toBe('rolled back');
    expect(statusLabel('REJECTED', parsePromotion({ rule: { promote: false, reason: 'worse' } }))).toBe(
      'rejected',
    );
    expect(statusLabel('ACTIVE', rolledBack)).toBe('active');
  });
});
