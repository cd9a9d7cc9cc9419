import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';

/**
 * `bench:api --webhook`: a receiver in the load generator's process that accepts every delivery at
 * once, subscribed to the dataset's submissions, so that a run measures what a registered webhook
 * costs the submit path (the trigger's insert) and how far behind the delivery workers fall.
 */
export async function startBenchWebhook(db: pg.Client, datasetId: string) {
  let received = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received += 1;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bench`;
  await db.query(
    `insert into "Webhook"(id, url, description, events, "datasetId", secret, "updatedAt")
     values (gen_random_uuid(), $1, 'bench receiver', array['ANNOTATION_SUBMITTED']::"WebhookEvent"[], $2, 'whsec_bench', now())`,
    [url, datasetId],
  );
  return {
    received: () => received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Deliveries queued since `since` (warm-up included): how many were sent, and the lag from the commit to the 2xx. */
export async function printWebhookLag(db: pg.Client, since: string, received: number) {
  const { rows } = await db.query<{
    queued: string;
    sent: string;
    p50: number | null;
    p99: number | null;
    max: number | null;
  }>(
    `select count(*)::text as queued, count(*) filter (where status = 'SUCCEEDED')::text as sent,
       percentile_cont(0.5) within group (order by lag) as p50,
       percentile_cont(0.99) within group (order by lag) as p99, max(lag) as max
     from (select status, (extract(epoch from ("deliveredAt" - "createdAt")) * 1000)::float8 as lag
           from "WebhookDelivery" where "createdAt" >= $1::timestamp) d`,
    [since],
  );
  const r = rows[0];
  if (!r) return;
  const ms = (v: number | null) => (v === null ? '-' : `${v.toFixed(0)} ms`);
  console.log(
    `webhook: ${r.queued} deliveries queued, ${r.sent} delivered (the receiver has had ${received} in all); lag commit -> 2xx p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, max ${ms(r.max)}`,
  );
}
