import { z } from 'zod';
import { builder } from '../../graphql/builder';
import { cursorPage } from '../../graphql/pagination';
import { requireViewer } from '../../graphql/viewer';
import { validate } from '../../shared/validate';
import { changePassword, signIn, signOut, type UserDto, userSelect } from './accounts.service';
import { apiTokenSelect, createApiToken, createUser, revokeApiToken, updateUser } from './users.service';

export const RoleEnum = builder.enumType('Role', {
  description: 'What a user may do. Roles are hierarchical: admin > curator > annotator.',
  values: {
    ANNOTATOR: { description: 'Labels patches: pattern, intensity, mask.' },
    CURATOR: { description: 'Reviews: approves, rejects, resolves disagreement; can also label.' },
    ADMIN: { description: 'Manages datasets, users, training and models; can do everything.' },
  } as const,
});

export const UserRef = builder.objectRef<UserDto>('User').implement({
  description: 'A person who uses the platform.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    email: t.exposeString('email', { description: 'Sign-in email, lower case.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    role: t.expose('role', { type: RoleEnum, description: 'Role.' }),
    active: t.exposeBoolean('active', {
      description: 'False once deactivated; deactivated users cannot sign in.',
    }),
    lastSignInAt: t.expose('lastSignInAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Last successful sign-in.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the account was created.' }),
  }),
});

const SignInPayload = builder
  .objectRef<{ token: string; expiresAt: Date; user: UserDto }>('SignInPayload')
  .implement({
    description:
      'A new session. Browsers also get it as an HttpOnly cookie; scripts send it as a Bearer token.',
    fields: (t) => ({
      token: t.exposeString('token', { description: 'Session bearer token (shown once).' }),
      expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When the session ends.' }),
      user: t.field({ type: UserRef, description: 'The signed-in user.', resolve: (p) => p.user }),
    }),
  });

type ApiTokenDto = {
  id: string;
  name: string;
  prefix: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
};
const ApiTokenRef = builder.objectRef<ApiTokenDto>('ApiToken').implement({
  description: 'A long-lived token for scripts. Only its prefix is shown after creation.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    name: t.exposeString('name', { description: 'What the token is for.' }),
    prefix: t.exposeString('prefix', { description: 'First characters, to recognise it.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true, description: 'Expiry, if any.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When revoked.' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'Last use.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'Creation time.' }),
  }),
});

const CreatedApiToken = builder
  .objectRef<{ token: ApiTokenDto; secret: string }>('CreatedApiToken')
  .implement({
    description: 'A freshly created API token with its secret, which is never shown again.',
    fields: (t) => ({
      token: t.field({ type: ApiTokenRef, description: 'The token record.', resolve: (p) => p.token }),
      secret: t.exposeString('secret', { description: 'Send as `Authorization: Bearer <secret>`.' }),
    }),
  });

builder.queryFields((t) => ({
  viewer: t.field({
    type: UserRef,
    nullable: true,
    description: 'The signed-in user, or null.',
    authScopes: { public: true },
    resolve: async (_root, _args, ctx) =>
      ctx.viewer ? ctx.db.user.findUnique({ where: { id: ctx.viewer.id }, select: userSelect }) : null,
  }),
  users: t.connection({
    type: UserRef,
    description: 'All users, newest first, optionally filtered by role or text.',
    authScopes: { admin: true },
    args: {
      role: t.arg({ type: RoleEnum, required: false, description: 'Only this role.' }),
      search: t.arg.string({ required: false, description: 'Matches email or name.' }),
    },
    resolve: (_root, args, ctx) =>
      cursorPage(
        args,
        (user: UserDto) => user.id,
        async ({ after, before, limit, inverted }) => {
          const where = {
            role: args.role ?? undefined,
            OR: args.search
              ? [
                  { email: { contains: args.search, mode: 'insensitive' as const } },
                  { name: { contains: args.search, mode: 'insensitive' as const } },
                ]
              : undefined,
          };
          return ctx.db.user.findMany({
            where,
            select: userSelect,
            take: limit,
            cursor: after ? { id: after } : before ? { id: before } : undefined,
            skip: after || before ? 1 : 0,
            orderBy: { id: inverted ? 'asc' : 'desc' },
          });
        },
      ),
  }),
  myApiTokens: t.field({
    type: [ApiTokenRef],
    description: "The signed-in user's API tokens.",
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) =>
      ctx.db.apiToken.findMany({
        where: { userId: requireViewer(ctx).id },
        select: apiTokenSelect,
        orderBy: { createdAt: 'desc' },
      }),
  }),
}));

const signInInput = z.object({ email: z.string().email(), password: z.string().min(1).max(1024) });
const createUserInput = z.object({
  email: z.string().email(),
  name: z.string().trim().min(1).max(200),
  role: z.enum(['ANNOTATOR', 'CURATOR', 'ADMIN']),
  password: z.string().max(1024),
});

builder.mutationFields((t) => ({
  signIn: t.field({
    type: SignInPayload,
    description: 'Signs in with email and password. Repeated failures are rate-limited.',
    authScopes: { public: true },
    args: {
      email: t.arg.string({ description: 'Email.' }),
      password: t.arg.string({ description: 'Password.' }),
    },
    resolve: async (_root, args, ctx) => {
      const input = validate(signInInput, args);
      const result = await signIn(ctx.db, ctx.config, { ...input, ip: ctx.ip });
      ctx.setSessionCookie?.(result.token, result.expiresAt);
      return result;
    },
  }),
  signOut: t.boolean({
    description: 'Ends the current session.',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      const viewer = requireViewer(ctx);
      await signOut(ctx.db, viewer);
      // this replica forgets the session at once; the others when the database's event arrives
      ctx.viewers.forgetUser(viewer.id);
      ctx.setSessionCookie?.(null);
      return true;
    },
  }),
  changePassword: t.boolean({
    description: 'Changes the own password; other sessions are signed out and every API token is revoked.',
    authScopes: { signedIn: true },
    args: {
      currentPassword: t.arg.string({ description: 'Current password.' }),
      newPassword: t.arg.string({ description: 'New password (10+ characters).' }),
    },
    resolve: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx);
      await changePassword(ctx.db, viewer, args);
      ctx.viewers.forgetUser(viewer.id);
      return true;
    },
  }),
  createUser: t.field({
    type: UserRef,
    description: 'Creates a user (admins only).',
    authScopes: { admin: true },
    args: {
      email: t.arg.string({ description: 'Email.' }),
      name: t.arg.string({ description: 'Display name.' }),
      role: t.arg({ type: RoleEnum, description: 'Role.' }),
      password: t.arg.string({ description: 'Initial password (10+ characters).' }),
    },
    resolve: (_root, args, ctx) =>
      createUser(ctx.db, requireViewer(ctx), validate(createUserInput, args), ctx.requestId),
  }),
  updateUser: t.field({
    type: UserRef,
    description:
      'Changes a user’s role, name or active flag (admins only). Deactivation ends their sessions and revokes their API tokens.',
    authScopes: { admin: true },
    args: {
      id: t.arg.id({ description: 'User id.' }),
      role: t.arg({ type: RoleEnum, required: false, description: 'New role.' }),
      active: t.arg.boolean({ required: false, description: 'False deactivates.' }),
      name: t.arg.string({ required: false, description: 'New display name.' }),
    },
    resolve: async (_root, args, ctx) => {
      const user = await updateUser(
        ctx.db,
        requireViewer(ctx),
        { ...args, id: String(args.id) },
        ctx.requestId,
      );
      ctx.viewers.forgetUser(user.id);
      return user;
    },
  }),
  createApiToken: t.field({
    type: CreatedApiToken,
    description: 'Creates an API token for scripts, acting as the signed-in user.',
    authScopes: { signedIn: true },
    args: {
      name: t.arg.string({ description: 'What it is for.' }),
      expiresInDays: t.arg.int({ required: false, description: 'Lifetime in days; none = until revoked.' }),
    },
    resolve: (_root, args, ctx) => createApiToken(ctx.db, requireViewer(ctx), args),
  }),
  revokeApiToken: t.field({
    type: ApiTokenRef,
    description: 'Revokes an API token (own tokens; admins any).',
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ description: 'Token id.' }) },
    resolve: (_root, args, ctx) => revokeApiToken(ctx.db, requireViewer(ctx), String(args.id)),
  }),
}));
