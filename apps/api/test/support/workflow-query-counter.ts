import pg from 'pg';

/**
 * Counts the statements this process sends to Postgres (every pool client, Prisma's adapter included:
 * BEGIN and COMMIT are statements too) while `fn` runs. The test API runs in the test process, so
 * this is the number of database round trips one GraphQL operation costs. Run nothing else meanwhile;
 * the background job queue's own polling (pg-boss, schema `pgboss`) is left out.
 */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function counted(this: unknown, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === 'string' ? first : (first as { text?: string } | null)?.text;
    const line = (text ?? '?').replace(/\s+/g, ' ').trim();
    if (!line.includes('pgboss.')) statements.push(line.slice(0, 120));
    return original.apply(this, args);
  };
  try {
    return { result: await fn(), statements };
  } finally {
    proto.query = original;
  }
}
