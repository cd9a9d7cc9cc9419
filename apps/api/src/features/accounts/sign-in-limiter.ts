import type { Db } from '@hep2/db';
import type { ApiConfig } from '../../config';
import { DomainError } from '../../shared/domain-error';

/**
 * Brute-force guard kept in Postgres so every API replica counts the same failures:
 * too many failures for one email, or from one address, inside the window are refused.
 */
export async function assertSignInAllowed(
  db: Db,
  config: ApiConfig,
  email: string,
  ip: string,
): Promise<void> {
  const since = new Date(Date.now() - config.SIGN_IN_WINDOW_SECONDS * 1000);
  const [byEmail, byIp] = await Promise.all([
    db.signInAttempt.count({ where: { email, success: false, createdAt: { gte: since } } }),
    db.signInAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
  ]);
  if (byEmail >= config.SIGN_IN_MAX_FAILURES || byIp >= config.SIGN_IN_MAX_FAILURES * 4) {
    throw new DomainError(
      'RATE_LIMITED',
      `Too many failed sign-ins; try again in ${Math.ceil(config.SIGN_IN_WINDOW_SECONDS / 60)} minutes`,
      { retryAfterSeconds: config.SIGN_IN_WINDOW_SECONDS },
    );
  }
}

export async function recordSignInAttempt(
  db: Db,
  email: string,
  ip: string,
  success: boolean,
): Promise<void> {
  await db.signInAttempt.create({ data: { email, ip, success } });
}
