import type { Db, Role } from '@hep2/db';
import type { Viewer } from '../../graphql/context';
import { DomainError, notFound } from '../../shared/domain-error';
import { recordAudit } from '../audit/audit.service';
import {
  assertPasswordStrength,
  normaliseEmail,
  revokeCredentials,
  type UserDto,
  userSelect,
} from './accounts.service';
import { hashPassword } from './password';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from './tokens';

export async function createUser(
  db: Db,
  actor: Viewer,
  input: { email: string; name: string; role: Role; password: string },
  requestId: string,
): Promise<UserDto> {
  const email = normaliseEmail(input.email);
  assertPasswordStrength(input.password);
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new DomainError('CONFLICT', `A user with email ${email} already exists`, { field: 'email' });
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email, name: input.name.trim(), role: input.role, passwordHash },
      select: userSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.create',
      entityType: 'User',
      entityId: user.id,
      after: user,
      requestId,
    });
    return user;
  });
}

export async function updateUser(
  db: Db,
  actor: Viewer,
  input: { id: string; role?: Role | null; active?: boolean | null; name?: string | null },
  requestId: string,
): Promise<UserDto> {
  if (input.id === actor.id && (input.active === false || (input.role && input.role !== 'ADMIN'))) {
    // The last admin demoting or disabling themself would lock everyone out of user management.
    throw new DomainError('FORBIDDEN', 'You cannot demote or deactivate your own account');
  }
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.id }, select: userSelect });
    if (!before) throw notFound('User', input.id);
    const user = await tx.user.update({
      where: { id: input.id },
      data: {
        role: input.role ?? undefined,
        active: input.active ?? undefined,
        name: input.name ?? undefined,
      },
      select: userSelect,
    });
    // deactivation ends sessions and tokens: reactivating an account must not revive old credentials
    if (input.active === false) await revokeCredentials(tx, user.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.update',
      entityType: 'User',
      entityId: user.id,
      before,
      after: user,
      requestId,
    });
    return user;
  });
}

export async function createApiToken(
  db: Db,
  viewer: Viewer,
  input: { name: string; expiresInDays?: number | null },
) {
  if (input.expiresInDays != null && (input.expiresInDays < 1 || input.expiresInDays > 3650))
    throw new DomainError('VALIDATION_FAILED', 'expiresInDays: must be 1 to 3650', {
      field: 'expiresInDays',
    });
  const secret = newSecret(API_TOKEN_PREFIX);
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86400_000) : null;
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        userId: viewer.id,
        name: input.name,
        prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
        tokenHash: hashSecret(secret),
        expiresAt,
      },
      select: apiTokenSelect,
    });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'apiToken.create',
      entityType: 'ApiToken',
      entityId: created.id,
    });
    return created;
  });
  return { token, secret };
}

export async function revokeApiToken(db: Db, viewer: Viewer, id: string) {
  const token = await db.apiToken.findUnique({ where: { id }, select: { userId: true } });
  if (!token || (token.userId !== viewer.id && viewer.role !== 'ADMIN')) throw notFound('API token', id);
  return db.$transaction(async (tx) => {
    const revoked = await tx.apiToken.update({
      where: { id },
      data: { revokedAt: new Date() },
      select: apiTokenSelect,
    });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'apiToken.revoke',
      entityType: 'ApiToken',
      entityId: id,
    });
    return revoked;
  });
}

export const apiTokenSelect = {
  id: true,
  name: true,
  prefix: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  createdAt: true,
} as const;
