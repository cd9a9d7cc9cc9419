import type { Db } from '@hep2/db';
import type { ApiConfig } from '../../config';
import type { EventBus } from '../events/event-bus';
import { topics } from '../events/topics';
import {
  type AttemptRecord,
  type ClaimedDelivery,
  claimDueDeliveries,
  deleteOldDeliveries,
  recordAttempt,
  releaseDelivery,
} from './webhook-delivery.sql';
import { retryDelayMs, type SendResult, sendDelivery } from './webhook-sender';
import { type Resolve, type WebhookTargetPolicy, webhookTargetPolicy } from './webhook-targets';

const RETENTION_EVERY_MS = 3_600_000;
/** How long past its timeout a send may run before other replicas presume this one dead. */
const LOCK_MARGIN_MS = 30_000;

export interface WebhookWorkerDeps {
  db: Db;
  events: EventBus;
  config: ApiConfig;
  log: (line: string) => void;
  /** Name resolution for sends; the system's by default (tests map names to chosen addresses). */
  resolve?: Resolve;
}

/** What an attempt's result means for the delivery, given the attempts it has used. */
export function attemptRecord(result: SendResult, attempts: number, config: ApiConfig): AttemptRecord {
  const spent = attempts >= config.WEBHOOK_MAX_ATTEMPTS;
  const status = result.ok ? 'SUCCEEDED' : spent ? 'FAILED' : 'PENDING';
  return {
    status,
    retryInMs: status === 'PENDING' ? retryDelayMs(attempts, config.WEBHOOK_RETRY_BASE_MS) : null,
    responseStatus: result.responseStatus,
    responseBody: result.responseBody,
    error: result.error,
    durationMs: result.durationMs,
  };
}

/**
 * Sends due webhook deliveries from this API process; every replica runs one and they share the
 * work through the claim's SKIP LOCKED. It wakes when the AuditLog trigger (or a ping/redelivery)
 * announces new deliveries, and polls besides (retries fall due without any announcement).
 * Delivery is at least once: a replica that dies mid-send leaves the row SENDING until its lock
 * expires, then another one sends it again.
 */
export class WebhookWorker {
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly shutdown = new AbortController();
  private readonly timers: NodeJS.Timeout[] = [];
  private wakeups: AsyncIterableIterator<unknown> | null = null;
  private filling: Promise<void> | null = null;
  private cleaning: Promise<void> | null = null;
  private fillAgain = false;
  private stopped = false;
  private readonly targets: WebhookTargetPolicy;

  constructor(private readonly deps: WebhookWorkerDeps) {
    this.targets = webhookTargetPolicy(deps.config);
  }

  start(): void {
    const { config } = this.deps;
    this.wakeups = this.deps.events.subscribe(topics.webhookDeliveries);
    void this.listen(this.wakeups);
    this.timers.push(setInterval(() => this.wake(), config.WEBHOOK_POLL_MS));
    this.timers.push(setInterval(() => this.deleteExpired(), RETENTION_EVERY_MS));
    for (const timer of this.timers) timer.unref();
    this.deleteExpired();
    this.wake();
  }

  /** Stops claiming, interrupts sends in flight (they become due again at once) and waits for them. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.wakeups?.return?.();
    this.shutdown.abort();
    await this.filling;
    await this.cleaning;
    await Promise.allSettled(this.inFlight.values());
  }

  /** Claims as many due deliveries as there are free send slots; called again while some remain. */
  wake(): void {
    if (this.stopped) return;
    if (this.filling) {
      this.fillAgain = true;
      return;
    }
    this.filling = this.fill()
      .catch((error: unknown) => this.deps.log(`webhooks: claiming deliveries failed: ${String(error)}`))
      .finally(() => {
        this.filling = null;
        if (this.fillAgain) {
          this.fillAgain = false;
          this.wake();
        }
      });
  }

  private async listen(wakeups: AsyncIterableIterator<unknown>): Promise<void> {
    for await (const _ of wakeups) this.wake();
  }

  private async fill(): Promise<void> {
    const { db, config } = this.deps;
    const lockMs = config.WEBHOOK_TIMEOUT_MS + LOCK_MARGIN_MS;
    while (!this.stopped) {
      const free = config.WEBHOOK_CONCURRENCY - this.inFlight.size;
      if (free <= 0) return;
      const claimed = await claimDueDeliveries(db, free, lockMs);
      for (const delivery of claimed) this.launch(delivery);
      if (claimed.length < free) return;
    }
  }

  private launch(delivery: ClaimedDelivery): void {
    const done = this.deliver(delivery)
      .catch((error: unknown) =>
        this.deps.log(`webhooks: delivery ${delivery.id} could not be recorded: ${String(error)}`),
      )
      .finally(() => {
        this.inFlight.delete(delivery.id);
        this.wake();
      });
    this.inFlight.set(delivery.id, done);
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const { db, config } = this.deps;
    const result = await sendDelivery(delivery, {
      timeoutMs: config.WEBHOOK_TIMEOUT_MS,
      shutdown: this.shutdown.signal,
      guard: { policy: this.targets, resolve: this.deps.resolve },
    });
    if (result.interrupted) await releaseDelivery(db, delivery);
    else await recordAttempt(db, delivery, attemptRecord(result, delivery.attempts, config));
  }

  /** Retention: deliveries older than WEBHOOK_RETENTION_DAYS go, in small batches. */
  private deleteExpired(): void {
    const { db, config, log } = this.deps;
    if (this.cleaning || this.stopped) return;
    this.cleaning = (async () => {
      while (!this.stopped && (await deleteOldDeliveries(db, config.WEBHOOK_RETENTION_DAYS)) > 0) {}
    })()
      .catch((error: unknown) => log(`webhooks: deleting old deliveries failed: ${String(error)}`))
      .finally(() => {
        this.cleaning = null;
      });
  }
}
