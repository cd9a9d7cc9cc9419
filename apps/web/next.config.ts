import type { NextConfig } from 'next';

/**
 * The content policy of every page. Everything the app loads is same-origin: scripts and styles from
 * Next, GraphQL over /graphql (HTTP and WebSocket), and images through the /objects proxy to the
 * object store (server.ts; presigned URLs are rewritten onto it, object-url.ts), or inline `data:` /
 * `blob:` (masks served inline until stored, decoded canvases). Next's hydration uses inline scripts
 * and React inline styles, hence 'unsafe-inline' (nonces would force every page to render per
 * request); the dev server also evaluates code. Export downloads are links (navigation), which the
 * policy does not govern.
 */
function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // data:/blob: too: masks not yet in the store come inline and are decoded with fetch()
    "connect-src 'self' data: blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const securityHeaders = (dev: boolean) => [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy(dev) },
  // frame-ancestors for browsers without CSP level 2
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

// No rewrite for /graphql here: server.ts forwards /graphql (HTTP and WebSocket) at run time. A
// rewrite would be frozen at build time, and Next attaches its own upgrade handler on the first
// request that would proxy subscriptions to that frozen address and close the socket.
const config: NextConfig = {
  reactStrictMode: true,
  // The launcher's builds (scripts/lib/web-build.ts) leave type checking to `npm run typecheck`,
  // which CI runs (77 s of a 3-min first build here). `npm run build` still checks them.
  typescript: { ignoreBuildErrors: process.env.HEP2_WEB_BUILD_NO_TYPECHECK === '1' },
  poweredByHeader: false,
  // The browser takes the one RLE codec from @hep2/data/rle (TypeScript source, no Node modules).
  transpilePackages: ['@hep2/data'],
  headers: async () => [
    { source: '/:path*', headers: securityHeaders(process.env.NODE_ENV !== 'production') },
  ],
};

export default config;
