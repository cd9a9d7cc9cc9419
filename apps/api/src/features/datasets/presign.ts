import type { ApiContext } from '../../graphql/context';

/** Short-lived read URL for an object; bytes never travel through GraphQL. */
export function presignRead(ctx: ApiContext, key: string | null): Promise<string> | null {
  return key ? ctx.publicStore.presignedGet(key, ctx.config.PRESIGN_TTL_SECONDS) : null;
}
