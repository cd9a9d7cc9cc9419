import { createHash, createHmac } from 'node:crypto';

/*
 * A presigned S3 PUT (Signature V4, query string) that signs the Content-Length header too. The minio
 * client leaves Content-Length out of presigned signatures on purpose (any size may be sent), so a
 * URL issued for 1000 bytes stored 70 MB; with the length signed, S3 and MinIO refuse any other size
 * (SignatureDoesNotMatch) before storing a byte. Written from the AWS specification:
 * https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html
 */

export interface SizedPutRequest {
  /** The store as the uploading client reaches it (the signature covers its host). */
  endpoint: URL;
  bucket: string;
  key: string;
  accessKey: string;
  secretKey: string;
  region: string;
  ttlSeconds: number;
  /** The exact byte count the client must send. */
  contentLength: number;
  now?: Date;
}

export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

/** RFC 3986 encoding, as Signature V4 wants it (encodeURIComponent leaves !'()* alone). */
export const rfc3986 = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: string | Buffer, s: string) => createHmac('sha256', key).update(s, 'utf8').digest();

/** Sorted `key=value` pairs, both RFC 3986 encoded. */
export function canonicalQuery(params: ReadonlyArray<readonly [string, string]>): string {
  return params
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** The signature of a canonical request; `scope` is date/region/s3/aws4_request. */
export function signatureV4(secretKey: string, amzDate: string, scope: string, canonicalRequest: string) {
  const [date = '', region = '', service = ''] = scope.split('/');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${secretKey}`, date), region), service), 'aws4_request');
  return createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
}

/** A PUT URL valid for ttlSeconds that only accepts a body of exactly contentLength bytes. */
export function presignSizedPut(r: SizedPutRequest): string {
  const amzDate = (r.now ?? new Date())
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const scope = `${amzDate.slice(0, 8)}/${r.region}/s3/aws4_request`;
  const path = `/${[r.bucket, ...r.key.split('/')].map(rfc3986).join('/')}`;
  const query = canonicalQuery([
    ['X-Amz-Algorithm', 'AWS4-HMAC-SHA256'],
    ['X-Amz-Credential', `${r.accessKey}/${scope}`],
    ['X-Amz-Date', amzDate],
    ['X-Amz-Expires', String(r.ttlSeconds)],
    ['X-Amz-SignedHeaders', 'content-length;host'],
  ]);
  const headers = `content-length:${r.contentLength}\nhost:${r.endpoint.host}\n`;
  const canonical = ['PUT', path, query, headers, 'content-length;host', UNSIGNED_PAYLOAD].join('\n');
  const signature = signatureV4(r.secretKey, amzDate, scope, canonical);
  return `${r.endpoint.origin}${path}?${query}&X-Amz-Signature=${signature}`;
}
