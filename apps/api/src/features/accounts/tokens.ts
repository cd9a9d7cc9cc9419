import { createHash, randomBytes } from 'node:crypto';

/** Bearer secrets are random; only their sha256 is stored, so a database leak reveals no token. */
export const newSecret = (prefix: string) => `${prefix}${randomBytes(32).toString('base64url')}`;
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export const SESSION_PREFIX = 'hs_';
export const API_TOKEN_PREFIX = 'hep2_pat_';
export const SESSION_COOKIE = 'hep2_session';
