// Password hashing, shared by sign-in and the seeders: argon2id at OWASP's minimum or above.
import { hash, verify } from '@node-rs/argon2';

// m = 19 MiB, t = 2, p = 1 (OWASP Password Storage Cheat Sheet); algorithm 2 is argon2id.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}
