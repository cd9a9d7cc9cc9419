import { describe, expect, it } from 'vitest';
import { inputScalesOf } from '../src/specimens';

const row = (id: string, windowHigh: number | null, group: string | null, bitDepth = 8) => ({
  id,
  bitDepth,
  windowHigh,
  group,
});

describe('per-specimen input scales', () => {
  it('divide by the median level of the specimen group, as a multiplier on bit-depth input', () => {
    const scales = inputScalesOf([
      row('a1', 30, 'A'),
      row('a2', 50, 'A'),
      row('a3', 200, 'A'),
      row('b1', 100, 'B'),
      row('b2', 120, 'B'),
      row('c', 60, null),
    ]);
    expect(scales.factor('a1')).toBeCloseTo(255 / 50, 12); // median of 30, 50, 200
    expect(scales.factor('a3')).toBeCloseTo(255 / 50, 12);
    expect(scales.factor('b2')).toBeCloseTo(255 / 110, 12); // mean of the middle two
    expect(scales.factor('c')).toBeCloseTo(255 / 60, 12); // no group: its own
    expect(scales.unmeasured).toBe(0);
  });

  it('a 16-bit specimen reaches the same value / level', () => {
    const scales = inputScalesOf([row('s', 544, null, 16)]);
    // A raw 544 arrives as 544 / 65535 and leaves as 1.
    expect((544 / 65535) * scales.factor('s')).toBeCloseTo(1, 12);
  });

  it('unmeasured specimens take their group, else the dataset median; none measured is an error', () => {
    const scales = inputScalesOf([
      row('a1', 40, 'A'),
      row('a2', null, 'A'),
      row('x', null, 'X'),
      row('y', 80, 'Y'),
    ]);
    expect(scales.unmeasured).toBe(2);
    expect(scales.factor('a2')).toBeCloseTo(255 / 40, 12);
    expect(scales.factor('x')).toBeCloseTo(255 / 60, 12); // dataset median of 40 and 80
    expect(() => inputScalesOf([row('z', null, null)], 'd1').factor('z')).toThrow(
      /specimen z of dataset d1 has no bright level/,
    );
  });
});
