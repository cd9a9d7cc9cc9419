import { hash, verify } from '@node-rs/argon2';

// Argon2id with the library's defaults (memory-hard); parameters are stored inside each hash string.
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export const PASSWORD_MIN_LENGTH = 10;
