import type { NextConfig } from 'next';

// The browser talks to GraphQL on the web app's own origin; Next forwards it to the API, so session
// cookies stay first-party and no CORS is needed. WebSockets go to the API directly (see ws-url.ts).
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:4000';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: [],
  async rewrites() {
    return [{ source: '/graphql', destination: `${apiUrl}/graphql` }];
  },
};

export default config;
