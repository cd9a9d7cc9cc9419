import type { NextConfig } from 'next';

// No rewrite for /graphql here: server.ts forwards /graphql (HTTP and WebSocket) at run time. A
// rewrite would be frozen at build time, and Next attaches its own upgrade handler on the first
// request that would proxy subscriptions to that frozen address and close the socket.
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: [],
};

export default config;
