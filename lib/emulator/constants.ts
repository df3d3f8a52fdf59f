// Defaults of the emulator, exported so tests, the demo wiring and the CLI agree on them.

export const EMULATOR_ACCOUNT_ID = "0123456789abcdef0123456789abcdef";
export const EMULATOR_TOKEN = "emulator-token";
export const EMULATOR_EMAIL = "analyst@example.com";
export const EMULATOR_API_KEY = "emulator-key";
/** A token with Cloud Email Security: Read only: it reads, and every action it asks is refused with 403. */
export const EMULATOR_READ_ONLY_TOKEN = "emulator-read-only-token";

export type Credentials = {
  readonly tokens: readonly string[];
  /** Tokens that read but may not act (no Write permission). */
  readonly readOnlyTokens?: readonly string[];
  readonly keys: readonly { readonly email: string; readonly key: string }[];
};

export const DEFAULT_CREDENTIALS: Credentials = {
  tokens: [EMULATOR_TOKEN],
  readOnlyTokens: [EMULATOR_READ_ONLY_TOKEN],
  keys: [{ email: EMULATOR_EMAIL, key: EMULATOR_API_KEY }],
};

export type RateLimitConfig = {
  /** Requests allowed per window, per credential. */
  readonly limit: number;
  readonly windowMs: number;
  /** How long every call is refused once the limit is passed. */
  readonly blockMs: number;
};

/** Cloudflare's global limit: 1,200 requests per 5 minutes, then 5 minutes of 429s (docs/cloudflare-api.md#rate-limits). */
export const DEFAULT_RATE_LIMIT: RateLimitConfig = { limit: 1200, windowMs: 300_000, blockMs: 300_000 };

export const DEFAULT_PER_PAGE = 20;
export const DEFAULT_COUNT = 20_000;
export const DEFAULT_SEED = 1;
