import type { Db, Tx } from '@hep2/db';
import pg from 'pg';
import { AsyncQueue } from './async-queue';

const CHANNEL = 'hep2_events';
const RECONNECT_MIN_MS = 250;
// A connect attempt is one cheap round trip; live subscriptions should resume within ~2 s of the
// database's return, not after a backoff that grew while it was down.
const RECONNECT_MAX_MS = 2_000;
const CONNECT_TIMEOUT_MS = 5_000;
/** The NOTIFY channel of every event, for statements that publish from SQL (one round trip). */
export const EVENT_CHANNEL = CHANNEL;

/** Sends an event through Postgres; inside a transaction it is delivered only if that commits. */
export async function publishEvent(
  db: Db | Tx,
  topic: string,
  payload: Record<string, unknown>,
): Promise<void> {
  const message = JSON.stringify({ topic, payload } satisfies PlatformEvent);
  await db.$executeRaw`select pg_notify(${CHANNEL}, ${message})`;
}

export interface PlatformEvent {
  topic: string;
  payload: Record<string, unknown>;
}

type Listener = (event: PlatformEvent) => void;

/**
 * Events for subscriptions, carried by Postgres LISTEN/NOTIFY so that every API replica (and the
 * trainer) sees every event. Payloads stay small (ids, counts): NOTIFY caps them at 8000 bytes.
 */
export class EventBus {
  private readonly listeners = new Set<Listener>();
  private readonly gapListeners = new Set<() => void>();
  private client: pg.Client | null = null;
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private reconnectDelayMs = RECONNECT_MIN_MS;
  /** When the listening connection was lost (null while listening or before the first start). */
  private lostAt: number | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly db: Db,
    private readonly log: (line: string) => void = () => {},
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  /** Publishes now, or - given a transaction - when it commits (NOTIFY is transactional). */
  async publish(topic: string, payload: Record<string, unknown>, tx: Db | Tx = this.db): Promise<void> {
    await publishEvent(tx, topic, payload);
  }

  /** Events of one topic (optionally filtered) until the consumer stops iterating. */
  subscribe(topic: string, filter: (payload: Record<string, unknown>) => boolean = () => true) {
    const queue = new AsyncQueue<Record<string, unknown>>(() => unsubscribe());
    const unsubscribe = this.onEvent(topic, (payload) => {
      if (filter(payload)) queue.push(payload);
    });
    return queue;
  }

  /** Calls `handler` synchronously on each event of one topic, for state kept in this process. */
  onEvent(topic: string, handler: (payload: Record<string, unknown>) => void): () => void {
    const listener: Listener = (event) => {
      if (event.topic === topic) handler(event.payload);
    };
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether events are being received now (false before start, while reconnecting, after stop). */
  get listening(): boolean {
    return this.client !== null;
  }

  /**
   * Calls `listener` whenever the listening connection is lost: events sent from then until
   * `listening` is true again are never seen, so state kept up to date by events must be dropped.
   */
  onGap(listener: () => void): () => void {
    this.gapListeners.add(listener);
    return () => this.gapListeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    this.announceGap();
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    // Bounded: a connect or LISTEN that never answers (a server going down mid-handshake) would
    // otherwise leave the bus waiting forever, with no error to schedule the next attempt.
    const client = new pg.Client({
      connectionString: this.connectionString,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: CONNECT_TIMEOUT_MS,
      keepAlive: true,
    });
    client.on('notification', (message) => this.dispatch(message.payload));
    // always listened: an unlistened 'error' of a pg Client (57P01, EPIPE) ends the process
    client.on('error', () => this.scheduleReconnect(client));
    client.on('end', () => this.scheduleReconnect(client));
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
    } catch (error) {
      client.end().catch(() => {});
      throw error;
    }
    if (this.stopped) {
      await client.end().catch(() => {});
      return;
    }
    if (this.lostAt !== null) this.log(`event bus listening again after ${Date.now() - this.lostAt} ms`);
    this.lostAt = null;
    this.client = client;
    this.reconnectDelayMs = RECONNECT_MIN_MS;
  }

  /**
   * The database may restart under load; keep listening without restarting the API. Attempts back
   * off (doubling up to RECONNECT_MAX_MS) so a long outage does not become a connection storm.
   */
  private scheduleReconnect(from?: pg.Client): void {
    if (this.stopped || this.reconnectTimer) return;
    // a late event of a connection already replaced must not tear down its successor
    if (from && this.client && this.client !== from) return;
    const lost = this.client;
    this.client = null;
    this.lostAt ??= Date.now();
    lost?.end().catch(() => {});
    this.announceGap();
    const delay = this.reconnectDelayMs;
    this.reconnectDelayMs = Math.min(delay * 2, RECONNECT_MAX_MS);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect().catch((error: unknown) => {
        this.log(`event bus reconnect failed (next try in ${this.reconnectDelayMs} ms): ${String(error)}`);
        this.scheduleReconnect();
      });
    }, delay);
  }

  private announceGap(): void {
    for (const listener of this.gapListeners) listener();
  }

  private dispatch(raw: string | undefined): void {
    if (!raw) return;
    let event: PlatformEvent;
    try {
      event = JSON.parse(raw) as PlatformEvent;
    } catch {
      return;
    }
    for (const listener of this.listeners) listener(event);
  }
}
