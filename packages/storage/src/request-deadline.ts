import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import https from 'node:https';
import { ObjectStoreTimeoutError } from './object-store-errors';

/** The part of `http` / `https` the minio client calls (its `transport` option). */
export type Transport = Pick<typeof http, 'request'>;

/** One ObjectStore call in flight: the HTTP requests it made and how to make it fail. */
interface Operation {
  readonly name: string;
  readonly requests: Set<http.ClientRequest>;
  expire(error: ObjectStoreTimeoutError): void;
}

/**
 * Gives every object-store operation an idle (no-progress) deadline, which the minio client lacks:
 * its `setRequestOptions` keeps only TLS/agent fields (no `timeout`, no `signal`), so a server that
 * accepts connections but never answers - e.g. frozen with SIGSTOP - leaves a call pending forever.
 *
 * The deadline is on inactivity, not on total duration: a 64 MB specimen image on a slow link keeps
 * moving bytes and is never cut, while a stalled request fails after `idleTimeoutMs`. When a request
 * stalls, its operation rejects at once with ObjectStoreTimeoutError and every request of that
 * operation is destroyed (with its socket), so nothing leaks and a later call opens a fresh connection.
 *
 * Operations are told apart with AsyncLocalStorage, because the transport is shared by all calls of
 * one client and minio creates the requests deep inside its own async code.
 */
export class RequestDeadline {
  readonly agent: http.Agent;
  readonly transport: Transport;
  private readonly operations = new AsyncLocalStorage<Operation>();

  constructor(
    readonly idleTimeoutMs: number,
    secure: boolean,
  ) {
    const base = secure ? https : http;
    // Same keep-alive behaviour as Node's global agent, but ours: its sockets are only this store's.
    this.agent = new base.Agent({ keepAlive: true, timeout: 5000 });
    // minio always calls request(options, callback); the cast only restores http.request's overloads.
    const request = (options: http.RequestOptions, callback?: (response: http.IncomingMessage) => void) =>
      this.track(base.request(options, callback));
    this.transport = { request: request as typeof http.request };
  }

  /** Runs one operation; it rejects with ObjectStoreTimeoutError as soon as one of its requests stalls. */
  run<T>(name: string, call: () => Promise<T>): Promise<T> {
    let expire: (error: ObjectStoreTimeoutError) => void = () => {};
    const expired = new Promise<never>((_, reject) => {
      expire = reject;
    });
    const operation: Operation = {
      name,
      requests: new Set(),
      expire: (error) => {
        // Reject before destroying: the destroyed request's own error (e.g. "aborted") must not win.
        expire(error);
        for (const request of operation.requests) request.destroy(error);
      },
    };
    return Promise.race([this.operations.run(operation, call), expired]);
  }

  private track(request: http.ClientRequest): http.ClientRequest {
    const operation = this.operations.getStore();
    operation?.requests.add(request);
    request.once('close', () => operation?.requests.delete(request));
    request.setTimeout(this.idleTimeoutMs, () => {
      const error = new ObjectStoreTimeoutError(
        operation?.name ?? `${request.method} ${request.path}`,
        this.idleTimeoutMs,
      );
      if (operation) operation.expire(error);
      else request.destroy(error);
    });
    return request;
  }
}
