import { type IncomingMessage, request, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import type { Duplex } from 'node:stream';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

function forwardHeaders(
  req: IncomingMessage,
  target: URL,
  dropCookies: boolean,
  hostHeader: string | undefined,
): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    if (dropCookies && name === 'cookie') continue;
    headers[name] = value;
  }
  // Presigned URLs sign the Host header: the upstream must see the host they were signed for (its
  // own, or the public name when this server reaches it by an internal one).
  headers.host = hostHeader ?? target.host;
  headers['x-forwarded-for'] = forwardedFor(req);
  return headers;
}

/**
 * X-Forwarded-For with this hop appended: the address this request came from. The API counts
 * sign-in failures by client and trusts this header from its TRUSTED_PROXIES only, reading it from
 * the right, so whatever a client wrote into it itself (to the left) changes nothing.
 */
export function forwardedFor(req: IncomingMessage): string {
  const client = req.socket.remoteAddress ?? '';
  const prior = [req.headers['x-forwarded-for'] ?? []].flat().join(', ');
  return prior ? `${prior}, ${client}` : client;
}

/** Streams one request to `target` + `path` and the answer back; 502 with a JSON body if unreachable. */
export function proxyHttp(
  req: IncomingMessage,
  res: ServerResponse,
  target: URL,
  path: string,
  options: { dropCookies?: boolean; hostHeader?: string } = {},
): void {
  const upstream = request(
    {
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      method: req.method,
      path,
      headers: forwardHeaders(req, target, options.dropCookies ?? false, options.hostHeader),
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ errors: [{ message: 'The server behind the web app is unreachable.' }] }));
  });
  req.pipe(upstream);
}

/** Tunnels a WebSocket upgrade to `target` byte for byte (graphql-ws subscriptions). */
export function proxyUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, target: URL): void {
  const upstream = connect(Number(target.port || 80), target.hostname, () => {
    const lines = [`${req.method} ${req.url} HTTP/1.1`];
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      const name = req.rawHeaders[i] ?? '';
      if (name.toLowerCase() === 'x-forwarded-for') continue;
      lines.push(`${name}: ${name.toLowerCase() === 'host' ? target.host : (req.rawHeaders[i + 1] ?? '')}`);
    }
    // signIn over graphql-ws counts by client too
    lines.push(`X-Forwarded-For: ${forwardedFor(req)}`);
    upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
    if (head.length > 0) upstream.write(head);
    socket.pipe(upstream).pipe(socket);
  });
  const close = () => {
    socket.destroy();
    upstream.destroy();
  };
  upstream.on('error', close);
  socket.on('error', close);
}
