import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/*
 * s3rver does not check Signature V4 at all ("unimplemented"): every presigned URL is accepted as
 * it comes, whatever its expiry or the size sent. MinIO and S3 check both. The API signs the upload
 * size into presigned PUTs (@hep2/storage presigned-put.ts) and relies on the store to refuse any
 * other size, so the embedded store checks those requests the way MinIO does: the signature over
 * the request as received (method, path, query, signed headers), and the expiry. Other requests
 * (the API's own, unsigned ones) pass as before: the embedded store is for development and tests.
 */

const rfc3986 = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const hmac = (key: string | Buffer, s: string) => createHmac('sha256', key).update(s, 'utf8').digest();

function expectedSignature(req: IncomingMessage, url: URL, secretKey: string): string {
  const q = url.searchParams;
  const signedHeaders = q.get('X-Amz-SignedHeaders') ?? '';
  const amzDate = q.get('X-Amz-Date') ?? '';
  const scope = (q.get('X-Amz-Credential') ?? '').split('/').slice(1).join('/');
  const query = [...q.entries()]
    .filter(([k]) => k !== 'X-Amz-Signature')
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const headers = signedHeaders
    .split(';')
    .map((h) => `${h}:${String(req.headers[h] ?? '').trim()}\n`)
    .join('');
  const canonical = [req.method, url.pathname, query, headers, signedHeaders, 'UNSIGNED-PAYLOAD'].join('\n');
  const [date = '', region = '', service = ''] = scope.split('/');
  const digest = createHash('sha256').update(canonical, 'utf8').digest('hex');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, digest].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secretKey}`, date), region), service), 'aws4_request');
  return createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
}

/** Whether a query-signed (presigned) V4 request carries the signature its parts call for. */
function presignedSignatureMatches(req: IncomingMessage, secretKey: string): boolean {
  const url = new URL(req.url ?? '/', 'http://embedded.invalid');
  const given = Buffer.from(url.searchParams.get('X-Amz-Signature') ?? '');
  const expected = Buffer.from(expectedSignature(req, url, secretKey));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function expired(url: URL, now: Date): boolean {
  const amzDate = url.searchParams.get('X-Amz-Date') ?? '';
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (!m) return true;
  const signedAt = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  return now.getTime() > signedAt + Number(url.searchParams.get('X-Amz-Expires') ?? 0) * 1000;
}

/**
 * Why a presigned request whose signature covers Content-Length must be refused, or null when it
 * may go on (it is valid, or it is not such a request).
 */
export function signedLengthRefusal(
  req: IncomingMessage,
  secretKey: string,
  now = new Date(),
): { code: string; message: string } | null {
  const url = new URL(req.url ?? '/', 'http://embedded.invalid');
  const signedHeaders = url.searchParams.get('X-Amz-SignedHeaders')?.split(';') ?? [];
  if (!signedHeaders.includes('content-length')) return null;
  if (expired(url, now)) return { code: 'AccessDenied', message: 'Request has expired' };
  if (presignedSignatureMatches(req, secretKey)) return null;
  return {
    code: 'SignatureDoesNotMatch',
    message: 'The request signature we calculated does not match the signature you provided.',
  };
}
