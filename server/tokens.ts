// Capability tokens and ids. A token is 192 random bits in base64url; only its SHA-256 is stored, so a
// copy of the database opens no room. Tokens carry enough entropy that a fast hash is the right one.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newToken = (): string => randomBytes(24).toString('base64url');

/** Ids name documents, they grant nothing: shorter, still not enumerable. */
export const newId = (): string => randomBytes(9).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** Compares a secret in constant time (through hashes, so lengths may differ). */
export function secretMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
