import type { Db, Role, Tx } from '@hep2/db';
import type { ApiConfig } from '../../config';
import type { Viewer } from '../../graphql/context';
import { DomainError } from '../../shared/domain-error';
import { columnsSql, NOW, pickColumns } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { clientKey } from './client-ip';
import { hashPassword, PASSWORD_MIN_LENGTH, verifyPassword } from './password';
import { recordSignInSuccess, reserveSignInAttempt } from './sign-in-limiter';
import { API_TOKEN_PREFIX, hashSecret, newSecret, SESSION_PREFIX } from './tokens';
import type { ViewerCache } from './viewer-cache';

export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  lastSignInAt: true,
  createdAt: true,
} as const;

export interface UserDto {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
}

let dummy: Promise<string> | null = null;
const dummyHash = () => {
  dummy ??= hashPassword('not-a-real-password-0000');
  return dummy;
};

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function signIn(
  db: Db,
  config: ApiConfig,
  input: { email: string; password: string; ip: string; userAgent?: string },
) {
  const email = normaliseEmail(input.email);
  // counted as a failure from here on, unless the password proves right (sign-in-limiter.ts)
  const attempt = await reserveSignInAttempt(db, config, email, clientKey(input.ip));
  const user = await db.user.findUnique({ where: { email }, select: { ...userSelect, passwordHash: true } });
  // Unknown emails cost the same hash check, so response times do not reveal which emails exist.
  const valid = (await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password)) && !!user;
  if (valid) await recordSignInSuccess(db, attempt);
  if (!user || !valid) throw new DomainError('INVALID_CREDENTIALS', 'Email or password is wrong');
  if (!user.active) throw new DomainError('ACCOUNT_DISABLED', 'This account has been deactivated');

  const token = newSecret(SESSION_PREFIX);
  const expiresAt = new Date(Date.now() + config.SESSION_TTL_HOURS * 3600_000);
  await db.$transaction([
    db.session.create({
      data: { userId: user.id, tokenHash: hashSecret(token), expiresAt, userAgent: input.userAgent },
    }),
    db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } }),
  ]);
  const { passwordHash: _omit, ...dto } = user;
  return { token, expiresAt, user: dto satisfies UserDto };
}

export async function signOut(db: Db, viewer: Viewer): Promise<void> {
  if (!viewer.sessionId) return;
  await db.session.update({ where: { id: viewer.sessionId }, data: { revokedAt: new Date() } });
}

/** Resolves a bearer secret (session or API token) to the signed-in user, or null. */
export async function resolveViewer(
  { db, viewers }: { db: Db; viewers: ViewerCache },
  secret: string | undefined,
): Promise<Viewer | null> {
  if (!secret) return null;
  const tokenHash = hashSecret(secret);
  const now = new Date();
  if (secret.startsWith(API_TOKEN_PREFIX)) {
    const token = await db.apiToken.findUnique({
      where: { tokenHash },
      select: { id: true, expiresAt: true, revokedAt: true, user: { select: userSelect } },
    });
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt < now) || !token.user.active)
      return null;
    void db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } }).catch(() => {});
    return toViewer(token.user, null);
  }
  const cached = viewers.get(tokenHash);
  if (cached) return cached;
  const lookup = viewers.startLookup();
  // Every request of a signed-in browser not in the cache comes here: one statement, not Prisma's two.
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    select s.id as "sessionId", s."expiresAt" as "sessionExpiresAt", ${columnsSql('u', userSelect, 'user_')}
    from "Session" s join "User" u on u.id = s."userId"
    where s."tokenHash" = ${tokenHash} and s."revokedAt" is null and s."expiresAt" > ${NOW} and u.active`;
  const row = rows[0];
  if (!row) return null;
  const viewer = toViewer(pickColumns<UserDto>(row, userSelect, 'user_'), row.sessionId as string);
  viewers.keep(tokenHash, viewer, row.sessionExpiresAt as Date, lookup);
  return viewer;
}

const toViewer = (user: UserDto, sessionId: string | null): Viewer => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  sessionId,
});

export async function changePassword(
  db: Db,
  viewer: Viewer,
  input: { currentPassword: string; newPassword: string },
) {
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError('INVALID_CREDENTIALS', 'The current password is wrong', {
      field: 'currentPassword',
    });
  }
  assertPasswordStrength(input.newPassword, 'newPassword');
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: viewer.id },
      data: { passwordHash: await hashPassword(input.newPassword) },
    });
    // A changed password must lock out whoever knew the old one: other sessions and every token end.
    const revoked = await revokeCredentials(tx, viewer.id, viewer.sessionId);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'user.changePassword',
      entityType: 'User',
      entityId: viewer.id,
      after: revoked,
    });
  });
}

/**
 * Ends every way in that the user's password stood behind: their sessions (but the one making the
 * change, if any) and their API tokens - a token made by whoever knew the old password must not
 * outlive it. Tokens are never cached (viewer-cache.ts), so they stop at the next request.
 */
export async function revokeCredentials(tx: Tx, userId: string, keepSessionId: string | null = null) {
  const revokedAt = new Date();
  const sessions = await tx.session.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { NOT: { id: keepSessionId } } : {}) },
    data: { revokedAt },
  });
  const tokens = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt } });
  return { revokedSessions: sessions.count, revokedApiTokens: tokens.count };
}

export function assertPasswordStrength(password: string, field = 'password'): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `${field}: must have at least ${PASSWORD_MIN_LENGTH} characters`,
      { field },
    );
  }
}
