import { Client } from 'minio';
import { describe, expect, it } from 'vitest';
import { canonicalQuery, presignSizedPut, signatureV4, UNSIGNED_PAYLOAD } from '../src/presigned-put';

const KEY = 'access-key';
const SECRET = 'secret-key';
const now = new Date('2026-01-02T03:04:05.678Z');

describe('presigned PUT with a signed Content-Length', () => {
  it('signs as the minio client does (checked on a URL minio signed, host only)', async () => {
    const minio = new Client({
      endPoint: '127.0.0.1',
      port: 9999,
      useSSL: false,
      accessKey: KEY,
      secretKey: SECRET,
      region: 'us-east-1',
      pathStyle: true,
    });
    const url = new URL(await minio.presignedUrl('PUT', 'hep2', 'datasets/a b/x(1).png', 300, {}, now));
    const params = [...url.searchParams.entries()].filter(([k]) => k !== 'X-Amz-Signature');
    const scope = (url.searchParams.get('X-Amz-Credential') ?? '').split('/').slice(1).join('/');
    const canonical = [
      'PUT',
      url.pathname,
      canonicalQuery(params),
      `host:${url.host}\n`,
      'host',
      UNSIGNED_PAYLOAD,
    ];
    expect(signatureV4(SECRET, url.searchParams.get('X-Amz-Date') ?? '', scope, canonical.join('\n'))).toBe(
      url.searchParams.get('X-Amz-Signature'),
    );
  });

  it('names content-length among the signed headers and keeps the size out of the URL', () => {
    const url = presignSizedPut({
      endpoint: new URL('http://127.0.0.1:9999'),
      bucket: 'hep2',
      key: 'datasets/d/uploads/u',
      accessKey: KEY,
      secretKey: SECRET,
      region: 'us-east-1',
      ttlSeconds: 300,
      contentLength: 4321,
      now,
    });
    const u = new URL(url);
    expect(u.pathname).toBe('/hep2/datasets/d/uploads/u');
    expect(u.searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;host');
    expect(u.searchParams.get('X-Amz-Date')).toBe('20260102T030405Z');
    expect(u.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url).not.toContain('4321');
  });
});
