import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from "node:crypto";

// Local account passwords: node's scrypt (no native dependency), stored as
// scrypt.N.r.p.salt.hash with base64url parts. Dots, not "$" or ":", so the value survives shells,
// .env files and the name:role:hash entry format unquoted.

const N = 16_384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const PATTERN = /^scrypt\.(\d{1,7})\.(\d{1,2})\.(\d{1,2})\.([A-Za-z0-9_-]{16,})\.([A-Za-z0-9_-]{32,})$/;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password.normalize("NFKC"), salt, KEY_LENGTH, { N, r: R, p: P });
  return ["scrypt", N, R, P, salt.toString("base64url"), hash.toString("base64url")].join(".");
}

export function isPasswordHash(value: string): boolean {
  return PATTERN.test(value);
}

/**
 * Constant-time comparison; a malformed stored hash never matches. The hash runs on libuv's thread
 * pool, not the event loop: tens of milliseconds of scrypt per sign-in would otherwise stall every
 * other request the server is answering.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = PATTERN.exec(stored);
  if (!match) return false;
  const [, n, r, p, salt, hash] = match;
  const expected = Buffer.from(hash ?? "", "base64url");
  const actual = await scryptAsync(password.normalize("NFKC"), Buffer.from(salt ?? "", "base64url"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 256 * 1024 * 1024,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function scryptAsync(password: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** Burns the same time as a real check, so an unknown user name is not told apart by timing. */
const DUMMY = hashPassword(randomBytes(12).toString("base64url"));
export async function verifyNobody(password: string): Promise<false> {
  await verifyPassword(password, DUMMY);
  return false;
}
