import type { LookupAddress, LookupOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import {
  hostOf,
  isAllowedHost,
  type Resolve,
  refusedAddress,
  systemResolve,
  type WebhookTargetPolicy,
} from './webhook-targets';

/** The policy refused where a webhook points; the delivery log shows why. */
export class RefusedTargetError extends Error {
  override name = 'RefusedTargetError';
}

export interface TargetGuard {
  policy: WebhookTargetPolicy;
  /** Name resolution for sends (tests map names to chosen addresses). */
  resolve?: Resolve;
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/**
 * The socket's own name lookup: resolves once, refuses the connection if ANY address is not
 * allowed, and hands exactly the checked addresses to the connection. A name that answers a public
 * address to a check and 127.0.0.1 to the connection (DNS rebinding) cannot get through: there is
 * no second resolution.
 */
export function guardedLookup({ policy, resolve = systemResolve }: TargetGuard): LookupFunction {
  const lookup = (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    resolve(hostname).then(
      (resolved) => {
        const host = hostname.replace(/\.$/, '').toLowerCase();
        const refused = isAllowedHost(policy, host)
          ? null
          : resolved.map((a) => refusedAddress(policy, a.address)).find(Boolean);
        if (refused) return callback(new RefusedTargetError(`refused: ${host}: ${refused}`), '');
        const wanted = resolved.filter((a) => !options.family || a.family === options.family);
        const first = wanted[0];
        if (!first)
          return callback(Object.assign(new Error(`${host} has no address`), { code: 'ENOTFOUND' }), '');
        if (options.all) return callback(null, wanted);
        return callback(null, first.address, first.family);
      },
      (error: Error) => callback(error, ''),
    );
  };
  return lookup as LookupFunction;
}

export interface PostResponse {
  status: number;
  /** The first `bodyLimit` bytes of the answer (whatever arrived before an error or the deadline). */
  body: string;
}

/** The first `limit` bytes of a response body, as text a Postgres column can hold. */
function readHead(response: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = () => {
      response.destroy();
      resolve(Buffer.concat(chunks).subarray(0, limit).toString('utf8').replaceAll('\u0000', ''));
    };
    response.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size >= limit) finish();
    });
    // the status is what counts; keep whatever of the body arrived before an error
    for (const event of ['end', 'error', 'close']) response.once(event, finish);
  });
}

/**
 * POSTs `body` to `url` over node:http(s) - not fetch: its dispatcher cannot be given our lookup
 * without a library - connecting only to allowed addresses. Redirects are never followed.
 */
export function postGuarded(
  url: URL,
  init: { headers: Record<string, string>; body: string; signal: AbortSignal; bodyLimit: number },
  guard: TargetGuard,
): Promise<PostResponse> {
  const host = hostOf(url);
  if (isIP(host) && !isAllowedHost(guard.policy, host)) {
    const refused = refusedAddress(guard.policy, host);
    if (refused) return Promise.reject(new RefusedTargetError(`refused: ${refused}`));
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...init.headers, 'Content-Length': String(Buffer.byteLength(init.body)) },
        signal: init.signal,
        lookup: guardedLookup(guard),
        // a fresh connection per send: every one goes through the lookup above
        agent: false,
      },
      (response) => {
        readHead(response, init.bodyLimit).then((body) =>
          resolve({ status: response.statusCode ?? 0, body }),
        );
      },
    );
    request.on('error', reject);
    request.end(init.body);
  });
}
