import { Worker } from 'node:worker_threads';
import type { FromReplica, ReplicaInit, ToReplica } from './replica-protocol.js';

/** A worker thread of a data-parallel trainer failed (threw, exited or ran out of memory). */
export class ReplicaFailedError extends Error {
  constructor(
    readonly worker: number,
    readonly workers: number,
    cause: string,
  ) {
    super(`data-parallel training: worker thread ${worker} of ${workers} failed: ${cause}`);
    this.name = 'ReplicaFailedError';
  }
}

interface Pending {
  resolve: (reply: FromReplica) => void;
  reject: (error: Error) => void;
}

interface Replica {
  rank: number;
  worker: Worker;
  /** Every message gets exactly one reply, in order. */
  pending: Pending[];
  exited: boolean;
}

const BOOTSTRAP = new URL('./train-worker.bootstrap.mjs', import.meta.url);

/**
 * The worker threads of a data-parallel trainer (ranks 1..count; rank 0 is the calling thread).
 * The first failure of any worker fails every outstanding and later request with an error naming
 * the worker and the cause, and terminates all workers. Idle workers are unref'd, so a trainer
 * that was never disposed does not keep the process alive; a worker with a request in flight is.
 */
export class ReplicaPool {
  private failure: ReplicaFailedError | null = null;
  private closing = false;
  private readonly replicas: Replica[];

  private constructor(count: number, init: Omit<ReplicaInit, 'rank'>) {
    this.replicas = Array.from({ length: count }, (_, i) => this.spawn(i + 1, init));
  }

  /** Starts `count` workers and waits until each has built its replica. */
  static async start(
    count: number,
    init: Omit<ReplicaInit, 'rank'>,
    check: (ready: Extract<FromReplica, { type: 'ready' }>) => string | null,
  ): Promise<ReplicaPool> {
    const pool = new ReplicaPool(count, init);
    try {
      const ready = await Promise.all(pool.replicas.map((r) => pool.expectReply(r)));
      ready.forEach((reply, i) => {
        const problem = reply.type === 'ready' ? check(reply) : `unexpected first message ${reply.type}`;
        if (problem) pool.fail(i + 1, `replica does not match the model: ${problem}`);
      });
      if (pool.failure) throw pool.failure;
      return pool;
    } catch (error) {
      pool.terminate();
      throw error;
    }
  }

  get size(): number {
    return this.replicas.length;
  }

  /** Workers whose thread has not ended yet. */
  live(): number {
    return this.replicas.filter((r) => !r.exited).length;
  }

  request(rank: number, message: ToReplica, transfer: ArrayBuffer[] = []): Promise<FromReplica> {
    const replica = this.replicas[rank - 1];
    if (!replica) return Promise.reject(new Error(`no worker thread ${rank}`));
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new Error('data-parallel trainer disposed'));
    const reply = this.expectReply(replica);
    replica.worker.postMessage(message, transfer);
    return reply;
  }

  /** Ends all workers (idempotent). Outstanding requests fail. */
  terminate(): void {
    if (this.closing) return;
    this.closing = true;
    for (const r of this.replicas) {
      this.rejectAll(r, this.failure ?? new Error('data-parallel trainer disposed'));
      void r.worker.terminate();
    }
  }

  private spawn(rank: number, init: Omit<ReplicaInit, 'rank'>): Replica {
    const workerData: ReplicaInit = { ...init, rank };
    const worker = new Worker(BOOTSTRAP, { workerData });
    const replica: Replica = { rank, worker, pending: [], exited: false };
    worker.on('message', (message: FromReplica) => {
      if (message.type === 'error') return this.fail(rank, message.message);
      replica.pending.shift()?.resolve(message);
      if (replica.pending.length === 0) worker.unref();
    });
    // An uncaught exception (also at start-up) or ERR_WORKER_OUT_OF_MEMORY.
    worker.on('error', (error) => {
      const code = (error as { code?: string }).code;
      this.fail(rank, `${error.message}${code ? ` (${code})` : ''}`);
    });
    worker.on('exit', (code) => {
      replica.exited = true;
      if (!this.closing) this.fail(rank, `the thread exited with code ${code}`);
    });
    return replica;
  }

  private expectReply(replica: Replica): Promise<FromReplica> {
    replica.worker.ref();
    return new Promise<FromReplica>((resolve, reject) => replica.pending.push({ resolve, reject }));
  }

  private fail(rank: number, cause: string): void {
    if (this.failure || this.closing) return;
    this.failure = new ReplicaFailedError(rank, this.replicas.length, cause);
    this.terminate();
  }

  private rejectAll(replica: Replica, error: Error): void {
    for (const p of replica.pending.splice(0)) p.reject(error);
  }
}
