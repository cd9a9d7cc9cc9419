import type { ClaimedDelivery } from './webhook-delivery.sql';
import { webhookBody } from './webhook-events';
import { signWebhookBody } from './webhook-signature';

const RESPONSE_BODY_LIMIT = 1024;
const MAX_RETRY_DELAY_MS = 3_600_000;

export interface SendResult {
  ok: boolean;
  responseStatus: number | null;
  /** The first 1 KB of the answer. */
  responseBody: string | null;
  error: string | null;
  durationMs: number;
  /** Cut short by this process's shutdown: not the receiver's fault, not an attempt. */
  interrupted: boolean;
}

/**
 * Delay before retry number `attempt` (1 = after the first failure): base x 4^(attempt-1), capped
 * at 1 h, with "equal jitter" (half fixed, half random) so that the deliveries of one outage do not
 * all come back in the same second.
 */
export function retryDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const delay = Math.min(baseMs * 4 ** Math.max(0, attempt - 1), MAX_RETRY_DELAY_MS);
  return Math.round(delay / 2 + (random() * delay) / 2);
}

/** The first `limit` bytes of a response body, as text a Postgres column can hold. */
async function readHead(response: Response, limit = RESPONSE_BODY_LIMIT): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // The status is what counts; keep whatever of the body arrived before the error.
  } finally {
    reader.cancel().catch(() => {});
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8').replaceAll('\u0000', '');
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return `timed out after ${timeoutMs} ms`;
  const cause = e?.cause;
  if (cause?.message) {
    return cause.code && !cause.message.includes(cause.code)
      ? `${cause.code}: ${cause.message}`
      : cause.message;
  }
  return e?.message ?? String(error);
}

/**
 * One attempt: POST the body, signed now, to the webhook's URL. Any 2xx is success; anything else -
 * a redirect too (not followed: a moved endpoint must be fixed, and following would forward signed
 * bodies wherever a receiver points) - is a failure with the reason recorded.
 */
export async function sendDelivery(
  delivery: ClaimedDelivery,
  options: { timeoutMs: number; shutdown: AbortSignal },
): Promise<SendResult> {
  const payload = webhookBody(delivery.payload);
  const body = JSON.stringify(payload);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(delivery.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.any([AbortSignal.timeout(options.timeoutMs), options.shutdown]),
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'hep2-webhooks/1',
        'X-Hep2-Event': payload.event,
        'X-Hep2-Delivery': delivery.id,
        'X-Hep2-Signature': signWebhookBody(delivery.secret, Math.floor(Date.now() / 1000), body),
      },
      body,
    });
    const responseBody = await readHead(response);
    const ok = response.status >= 200 && response.status < 300;
    const redirect = response.status >= 300 && response.status < 400;
    return {
      ok,
      responseStatus: response.status,
      responseBody,
      error: ok ? null : `HTTP ${response.status}${redirect ? ' (redirects are not followed)' : ''}`,
      durationMs: elapsed(),
      interrupted: false,
    };
  } catch (error) {
    return {
      ok: false,
      responseStatus: null,
      responseBody: null,
      error: describeFailure(error, options.timeoutMs),
      durationMs: elapsed(),
      interrupted: options.shutdown.aborted,
    };
  }
}
