import type { ClaimedDelivery } from './webhook-delivery.sql';
import { webhookBody } from './webhook-events';
import { postGuarded, type TargetGuard } from './webhook-http';
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

function describeFailure(error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `timed out after ${timeoutMs} ms`;
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
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
 * bodies wherever a receiver points) - is a failure with the reason recorded. So is a target the
 * policy refuses (webhook-targets.ts), checked on the addresses this very connection uses.
 */
export async function sendDelivery(
  delivery: ClaimedDelivery,
  options: { timeoutMs: number; shutdown: AbortSignal; guard: TargetGuard },
): Promise<SendResult> {
  const payload = webhookBody(delivery.payload);
  const body = JSON.stringify(payload);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const deadline = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await postGuarded(
      new URL(delivery.url),
      {
        signal: AbortSignal.any([deadline, options.shutdown]),
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'hep2-webhooks/1',
          'X-Hep2-Event': payload.event,
          'X-Hep2-Delivery': delivery.id,
          'X-Hep2-Signature': signWebhookBody(delivery.secret, Math.floor(Date.now() / 1000), body),
        },
        body,
        bodyLimit: RESPONSE_BODY_LIMIT,
      },
      options.guard,
    );
    const ok = response.status >= 200 && response.status < 300;
    const redirect = response.status >= 300 && response.status < 400;
    return {
      ok,
      responseStatus: response.status,
      responseBody: response.body,
      error: ok ? null : `HTTP ${response.status}${redirect ? ' (redirects are not followed)' : ''}`,
      durationMs: elapsed(),
      interrupted: false,
    };
  } catch (error) {
    return {
      ok: false,
      responseStatus: null,
      responseBody: null,
      error: describeFailure(error, deadline.aborted && !options.shutdown.aborted, options.timeoutMs),
      durationMs: elapsed(),
      interrupted: options.shutdown.aborted,
    };
  }
}
