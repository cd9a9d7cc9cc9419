/**
 * Heavy requests (a cost near the limit: hundreds of list items, aggregates) run one after another,
 * light ones never wait for them. Node runs one request's resolvers at a time, and a response of
 * 600 patches keeps the event loop for ~70 ms: three clients sending such requests back to back
 * had an annotator's claim queued behind three of them (bench:abuse: p99 522 ms on 2 cores). In
 * line, at most one heavy request is ahead of any light one.
 */
export class HeavyRequestGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    /** From this cost on, a request is heavy. */
    readonly heavyCost: number,
    /** Heavy requests executing at once. */
    private readonly concurrency: number,
  ) {}

  isHeavy(cost: number): boolean {
    return cost >= this.heavyCost;
  }

  /** Resolves when the request may run; call the returned function once it is done. */
  async enter(): Promise<() => void> {
    if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const next = this.waiting.shift();
      // the slot passes straight to the next in line (running stays the same)
      if (next) next();
      else this.running--;
    };
  }
}
