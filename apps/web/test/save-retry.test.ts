import { describe, expect, it } from 'vitest';
import { saveRetryDelayMs } from '../src/features/editor/session/save-retry';

describe('a failed save goes again by itself', () => {
  it('after 2, 4, 8, 16 s, then every 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 12].map(saveRetryDelayMs)).toEqual([
      2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });
});
