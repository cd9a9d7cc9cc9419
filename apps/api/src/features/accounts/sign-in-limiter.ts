import type { Db, Tx } from '@hep2/db';
import type { ApiConfig } from '../../config';
import { DomainError } from '../../shared/domain-error';

/** A client that signed in to an account this recently is "known" to it (see below). */
const KNOWN_CLIENT_DAYS = 30;
/** How many accounts' worth of failures one client may spend before it is refused. */
const CLIENT_BUDGET_FACTOR = 4;
/** Advisory-lock namespaces (first key): emails and clients never share a lock. */
const EMAIL_LOCK = 0x51_0001;
const CLIENT_LOCK = 0x51_0002;

/**
 * Brute-force guard kept in Postgres, so every API replica counts the same attempts. Budgets in the
 * window (SIGN_IN_WINDOW_SECONDS), none of which a stranger can spend for someone else:
 * - a client that signed in to this email within KNOWN_CLIENT_DAYS is held only to its own
 *   failures on it (SIGN_IN_MAX_FAILURES): strangers guessing the password elsewhere, or spraying
 *   other emails from the same address (a shared NAT), do not lock a user out where they work;
 * - any other client is held to the email's failures from everywhere (SIGN_IN_MAX_FAILURES: the
 *   password's protection) and to its own failures on every email (4x: one client trying many
 *   accounts). Clients are addresses, IPv6 /64s (client-ip.ts).
 * The attempt is reserved - counted as a failure - before the password is checked, under locks on
 * the email and the client, so concurrent guesses cannot all pass the count before any is recorded.
 * Returns the reservation, for `recordSignInSuccess`.
 */
export async function reserveSignInAttempt(
  db: Db,
  config: ApiConfig,
  email: string,
  client: string,
): Promise<bigint> {
  return db.$transaction(async (tx) => {
    // always email first, then client: two transactions never wait on each other in a cycle
    await tx.$executeRaw`select pg_advisory_xact_lock(${EMAIL_LOCK}::int, hashtext(${email}))`;
    await tx.$executeRaw`select pg_advisory_xact_lock(${CLIENT_LOCK}::int, hashtext(${client}))`;
    if (await overBudget(tx, config, email, client)) {
      throw new DomainError(
        'RATE_LIMITED',
        `Too many failed sign-ins; try again in ${Math.ceil(config.SIGN_IN_WINDOW_SECONDS / 60)} minutes`,
        { retryAfterSeconds: config.SIGN_IN_WINDOW_SECONDS },
      );
    }
    const attempt = await tx.signInAttempt.create({
      data: { email, ip: client, success: false },
      select: { id: true },
    });
    return attempt.id;
  });
}

async function overBudget(tx: Tx, config: ApiConfig, email: string, client: string): Promise<boolean> {
  const since = new Date(Date.now() - config.SIGN_IN_WINDOW_SECONDS * 1000);
  const failures = (where: { email?: string; ip?: string }) =>
    tx.signInAttempt.count({ where: { ...where, success: false, createdAt: { gte: since } } });
  const known = await tx.signInAttempt.findFirst({
    where: {
      email,
      ip: client,
      success: true,
      createdAt: { gte: new Date(Date.now() - KNOWN_CLIENT_DAYS * 86_400_000) },
    },
    select: { id: true },
  });
  const max = config.SIGN_IN_MAX_FAILURES;
  if (known) return (await failures({ email, ip: client })) >= max;
  return (await failures({ email })) >= max || (await failures({ ip: client })) >= max * CLIENT_BUDGET_FACTOR;
}

/** The reserved attempt had the right password: it is no failure, and its client is known now. */
export async function recordSignInSuccess(db: Db, attemptId: bigint): Promise<void> {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { success: true }, select: { id: true } });
}
