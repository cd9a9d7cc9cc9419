import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { FuzzCase } from './fuzz-cases';
import type { TestApi } from './test-api';
import {
  backgroundWritesSettled,
  takeWriteSnapshot,
  type WriteSnapshot,
  writesBetween,
} from './write-snapshot';

interface Answer {
  status: number;
  executed: boolean;
  errors: { message: string; extensions?: { code?: unknown } }[];
}

async function post(api: TestApi, fuzzCase: FuzzCase, token: string | undefined): Promise<Answer> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: fuzzCase.document, variables: fuzzCase.variables }),
  });
  const text = await response.text();
  let body: { data?: unknown; errors?: Answer['errors'] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  // Apollo leaves `data` out when the request never reached execution (parse, validation, variables).
  return { status: response.status, executed: 'data' in body, errors: body.errors ?? [] };
}

const codeOf = (error: Answer['errors'][number]) => error.extensions?.code;

/** Why an answer is a finding: a 5xx, or an error the API did not recognise as the caller's fault. */
function faultOf(answer: Answer): string | null {
  const internal = answer.errors.find(
    (e) => codeOf(e) === 'INTERNAL_SERVER_ERROR' || codeOf(e) === undefined,
  );
  if (answer.status >= 500 || internal) {
    const error = internal ?? answer.errors[0];
    return `HTTP ${answer.status} ${String(error ? codeOf(error) : 'no error')}: ${error?.message.slice(0, 160)}`;
  }
  return null;
}

/**
 * Sends the cases one at a time (so that a write is attributed to the call that made it) and
 * returns the findings: 5xx or internal errors, and refused calls that changed a row count or the
 * number of stored objects.
 */
export async function attackOverHttp(
  api: TestApi,
  cases: readonly FuzzCase[],
  token: string | undefined,
  ignoredWrites: ReadonlySet<string>,
  /** answers by first error code ("accepted" when none), for the log */
  tally: Map<string, number> = new Map(),
): Promise<string[]> {
  const findings: string[] = [];
  await backgroundWritesSettled(api);
  let baseline: WriteSnapshot = await takeWriteSnapshot(api);
  for (const fuzzCase of cases) {
    const answer = await post(api, fuzzCase, token);
    const outcome = answer.errors[0] ? String(codeOf(answer.errors[0])) : 'accepted';
    tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
    const fault = faultOf(answer);
    if (fault) findings.push(`${fuzzCase.label}: ${fault}`);
    if (!answer.executed) continue;
    await backgroundWritesSettled(api);
    const after = await takeWriteSnapshot(api);
    const writes = writesBetween(baseline, after, ignoredWrites);
    if (answer.errors.length > 0 && writes.length > 0)
      findings.push(
        `${fuzzCase.label}: refused (${codeOf(answer.errors[0]!)}) but wrote ${writes.join(', ')}`,
      );
    baseline = after;
  }
  return findings;
}

type WsOutcome = { errors: Answer['errors'] } | { closed: number } | { running: true };

/** The first thing a subscription answers: errors, a close of the socket, or nothing (it runs). */
function firstAnswer(client: ReturnType<typeof createClient>, fuzzCase: FuzzCase): Promise<WsOutcome> {
  return new Promise((resolve) => {
    let stop = () => {};
    const done = (outcome: WsOutcome) => {
      clearTimeout(idle);
      stop();
      resolve(outcome);
    };
    // A subscription that was accepted stays silent until an event: that silence is the answer.
    const idle = setTimeout(() => done({ running: true }), 300);
    stop = client.subscribe(
      { query: fuzzCase.document, variables: fuzzCase.variables },
      {
        next: (result) => done({ errors: (result.errors ?? []) as Answer['errors'] }),
        error: (error) =>
          done(
            Array.isArray(error)
              ? { errors: error as Answer['errors'] }
              : { closed: (error as { code?: number }).code ?? 0 },
          ),
        complete: () => done({ running: true }),
      },
    );
  });
}

/** The same attack over graphql-ws: internal errors, closed sockets and writes by refused calls. */
export async function attackOverWebSocket(
  api: TestApi,
  cases: readonly FuzzCase[],
  token: string | undefined,
  ignoredWrites: ReadonlySet<string>,
): Promise<string[]> {
  const findings: string[] = [];
  const connect = () =>
    createClient({
      url: api.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
    });
  let client = connect();
  await backgroundWritesSettled(api);
  let baseline = await takeWriteSnapshot(api);
  try {
    for (const fuzzCase of cases) {
      const outcome = await firstAnswer(client, fuzzCase);
      if ('closed' in outcome) {
        findings.push(`${fuzzCase.label}: the socket closed (${outcome.closed})`);
        await client.dispose();
        client = connect();
        continue;
      }
      const internal =
        'errors' in outcome &&
        outcome.errors.find((e) => codeOf(e) === 'INTERNAL_SERVER_ERROR' || codeOf(e) === undefined);
      if (internal)
        findings.push(`${fuzzCase.label}: ${String(codeOf(internal))}: ${internal.message.slice(0, 160)}`);
      await backgroundWritesSettled(api);
      const after = await takeWriteSnapshot(api);
      const writes = writesBetween(baseline, after, ignoredWrites);
      if ('errors' in outcome && outcome.errors.length > 0 && writes.length > 0)
        findings.push(`${fuzzCase.label}: refused but wrote ${writes.join(', ')}`);
      baseline = after;
    }
  } finally {
    await client.dispose();
  }
  return findings;
}
