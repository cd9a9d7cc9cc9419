import { describe, expect, it } from 'vitest';
import { HeavyRequestGate } from '../src/graphql/heavy-request-gate';

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('heavy requests run one after another', () => {
  it('lets one heavy request in at a time, in arrival order, and each leaves once', async () => {
    const gate = new HeavyRequestGate(2500, 1);
    expect(gate.isHeavy(2499)).toBe(false);
    expect(gate.isHeavy(2500)).toBe(true);
    const order: string[] = [];
    const leaveA = await gate.enter();
    const b = gate.enter().then((leave) => {
      order.push('b');
      return leave;
    });
    const c = gate.enter().then((leave) => {
      order.push('c');
      return leave;
    });
    await settle();
    expect(order).toEqual([]); // both wait while a runs
    leaveA();
    leaveA(); // leaving twice frees one slot only
    const leaveB = await b;
    await settle();
    expect(order).toEqual(['b']);
    leaveB();
    const leaveC = await c;
    expect(order).toEqual(['b', 'c']);
    leaveC();
    // free again: the next one enters at once
    (await gate.enter())();
  });
});
