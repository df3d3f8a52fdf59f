import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { z } from "zod";

// Pure (no server-only fence): it holds no secret itself, and the e2e suite seals expired tokens with it.
// Continues Cloudflare's 202 statelessly: the upstream Location, the user, the polls spent and the deadlines travel
// in a token the browser holds, sealed with AES-256-GCM so it can be neither read (it names our
// account's upstream path) nor altered. Any replica holding the secret can continue the search.

const payloadSchema = z.object({
  v: z.literal(1),
  /** The upstream URL to poll, as validated by the client when Cloudflare answered 202. */
  location: z.string(),
  /** Who started the search; another session cannot continue it. */
  subject: z.string(),
  startedAt: z.number(),
  /** Upstream polls spent so far: the next one is due by the search's age (lib/cloudflare/backoff.ts). */
  polls: z.number().int().min(0).max(1_000),
  /** This token's own expiry; each poll hands out a fresh one. */
  expiresAt: z.number(),
});
export type PollTokenPayload = z.infer<typeof payloadSchema>;

export type PollTokenProblem = "malformed" | "expired" | "wrong_subject";

export class PollTokenError extends Error {
  override name = "PollTokenError";
  constructor(readonly problem: PollTokenProblem) {
    super(
      problem === "expired"
        ? "This search has expired; run it again."
        : problem === "wrong_subject"
          ? "This search was started by another session."
          : "This search link is not valid.",
    );
  }
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

function keyFrom(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "", "email-triage poll token v1", 32));
}

export function sealPollToken(payload: Omit<PollTokenPayload, "v">, secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify({ v: 1, ...payload }), "utf8"), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
}

export function openPollToken(token: string, secret: string, subject: string, now = Date.now()): PollTokenPayload {
  const payload = decrypt(token, secret);
  if (payload.subject !== subject) throw new PollTokenError("wrong_subject");
  if (payload.expiresAt <= now) throw new PollTokenError("expired");
  return payload;
}

function decrypt(token: string, secret: string): PollTokenPayload {
  if (!/^[A-Za-z0-9_-]{1,8192}$/.test(token)) throw new PollTokenError("malformed");
  const bytes = Buffer.from(token, "base64url");
  if (bytes.length <= IV_BYTES + TAG_BYTES) throw new PollTokenError("malformed");
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const clear = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
    return payloadSchema.parse(JSON.parse(clear.toString("utf8")));
  } catch {
    throw new PollTokenError("malformed");
  }
}
