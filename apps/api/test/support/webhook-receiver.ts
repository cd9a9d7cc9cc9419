import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the receiver answers one request: a status (with an optional body), a redirect, or never. */
export type Answer = number | { status: number; body: string } | { redirect: string } | 'hang';

export interface ReceivedRequest {
  path: string;
  method: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * The truly external party of webhook tests: a real HTTP server on 127.0.0.1 that records every
 * request and answers each path from a script (the last answer repeats; default 200).
 */
export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  private readonly scripts = new Map<string, Answer[]>();
  private readonly server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      this.requests.push({
        path,
        method: req.method ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      this.respond(res, this.nextAnswer(path));
    });
  });
  private base = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  url(path: string): string {
    return `${this.base}${path}`;
  }

  /** Answers the next requests to `path` in this order; the last one repeats. */
  script(path: string, ...answers: Answer[]): void {
    this.scripts.set(path, answers);
  }

  received(path: string): ReceivedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  private nextAnswer(path: string): Answer {
    const script = this.scripts.get(path);
    if (!script || script.length === 0) return 200;
    return script.length > 1 ? (script.shift() as Answer) : (script[0] as Answer);
  }

  private respond(res: ServerResponse, answer: Answer): void {
    if (answer === 'hang') return;
    if (typeof answer === 'number') {
      res.writeHead(answer, { 'content-type': 'text/plain' }).end(`answer ${answer}`);
    } else if ('redirect' in answer) {
      res.writeHead(302, { location: answer.redirect }).end();
    } else {
      res.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.body);
    }
  }
}

/** Polls until `probe` returns a value (not undefined/null/false), or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  timeoutMs = 15_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
