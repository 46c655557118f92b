/**
 * Sealing what only the facilitator may read: AES-GCM (WebCrypto, in browsers and in Node) with a key
 * derived from the facilitator's token by HKDF. The live server stores only SHA-256(token), from which
 * this key cannot be derived, so a copy of its database still opens no room. Pure: no storage, no I/O.
 */

const encoder = new TextEncoder();
// Fixed salt and info name this use of the token: the same token keys nothing else the kit seals.
const SALT = encoder.encode('mentoring-kit:console-seal');
const INFO = encoder.encode('v1 AES-GCM-256');
const PREFIX = 'v1.';
const IV_BYTES = 12;

async function keyFrom(token: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(token), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: SALT, info: INFO },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * Seals `plain` for whoever holds `token`. `context` (the room's document name) is authenticated too,
 * so a sealed value copied into another room does not open there.
 */
export async function seal(plain: string, token: string, context: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    await keyFrom(token),
    encoder.encode(plain),
  );
  const out = new Uint8Array(IV_BYTES + cipher.byteLength);
  out.set(iv);
  out.set(new Uint8Array(cipher), IV_BYTES);
  return PREFIX + toBase64Url(out);
}

/** What `seal` sealed, or null for another token, another context, a changed byte or no sealed value at all. */
export async function unseal(sealed: string, token: string, context: string): Promise<string | null> {
  if (!sealed.startsWith(PREFIX)) return null;
  const bytes = fromBase64Url(sealed.slice(PREFIX.length));
  if (!bytes || bytes.byteLength <= IV_BYTES) return null;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES), additionalData: encoder.encode(context) },
      await keyFrom(token),
      bytes.subarray(IV_BYTES),
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}
