/**
 * Presigned object-store URLs, rewritten onto this origin's /objects/ proxy (see server.ts): the bytes
 * become same-origin, so canvases may read their pixels without CORS rules on the bucket. Relative
 * URLs and `data:` URLs (a mask the API serves inline until it reaches the store) are already readable.
 */
export function sameOriginObjectUrl(presigned: string): string {
  const url = new URL(presigned, 'http://placeholder.invalid');
  if (url.protocol === 'data:' || url.origin === 'http://placeholder.invalid') return presigned;
  return `/objects${url.pathname}${url.search}`;
}
