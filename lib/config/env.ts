import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { BodyLimit } from "@/lib/cloudflare/errors";
import { accessEnvShape, readAccess, type AccessConfig } from "./access-env";
import { readStore, storeEnvShape, type StoreConfig } from "./store-env";

// Configuration comes from the environment once, at start-up (instrumentation.ts), and a bad value
// stops the server with a message naming the variable. No credentials at all means demo mode on the
// embedded emulator; partial credentials are an error, never a silent fallback to demo data.

export const DEFAULT_API_BASE_URL = "https://api.cloudflare.com/client/v4";

export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
}

export type UpstreamAuth = { kind: "token"; token: string } | { kind: "key"; email: string; key: string };

export type AppConfig = {
  mode: "demo" | "cloudflare";
  /** Absent in demo mode: the upstream is the in-process emulator. */
  cloudflare: { accountId: string; auth: UpstreamAuth; baseUrl: string } | null;
  timeoutMs: number;
  pollBudgetMs: number;
  /** The most read of one upstream answer, and the variable that sets it (named in the 502 past it). */
  bodyLimits: { json: BodyLimit; stream: BodyLimit };
  /** Seals search poll tokens (and, later, sessions). Ephemeral in demo mode when unset. */
  secret: string;
  secretIsEphemeral: boolean;
  store: StoreConfig;
  /** Acting on more messages than this in one request waits for a second analyst's approval. */
  approvalThreshold: number;
} & AccessConfig;

/** An empty variable (as left by copying .env.example) counts as unset. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const millis = (min: number, max: number) =>
  optional(z.coerce.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const MIB = 1024 * 1024;
const bytes = (min: number, max: number) =>
  optional(z.coerce.number().int().min(min, `must be at least ${min} (bytes)`).max(max, `must be at most ${max} (bytes)`));

// A search page of Cloudflare's largest (per_page 1000, a few KB a message) is a few MB, a preview
// screenshot a few MB of base64: 32 MiB leaves room for both while bounding what one request can make
// the server hold (and JSON.parse roughly doubles it). The raw EML is streamed through, never held, so
// its limit is about mail: 128 MiB passes a 100 MB message with its JSON escaping.
export const DEFAULT_MAX_JSON_BYTES = 32 * MIB;
export const DEFAULT_MAX_RAW_BYTES = 128 * MIB;

const envSchema = z.object({
  CLOUDFLARE_ACCOUNT_ID: optional(
    z.string().regex(/^[0-9a-f]{32}$/i, "must be 32 hexadecimal characters (Account ID on the dashboard's overview page)"),
  ),
  CLOUDFLARE_API_TOKEN: optional(z.string().regex(/^\S+$/, "must not contain spaces")),
  CLOUDFLARE_EMAIL: optional(z.email("must be an email address")),
  CLOUDFLARE_API_KEY: optional(z.string().regex(/^\S+$/, "must not contain spaces")),
  CLOUDFLARE_API_BASE_URL: optional(
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .refine((url) => !new URL(url).username && !new URL(url).password, "must not contain a user name or password"),
  ),
  CLOUDFLARE_TIMEOUT_MS: millis(100, 120_000),
  CLOUDFLARE_POLL_BUDGET_MS: millis(0, 60_000),
  CLOUDFLARE_MAX_JSON_BYTES: bytes(MIB, 512 * MIB),
  CLOUDFLARE_MAX_RAW_BYTES: bytes(MIB, 4096 * MIB),
  NEXTAUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)")),
  APPROVAL_THRESHOLD: optional(z.coerce.number().int("must be a whole number").min(0, "must be at least 0").max(1_000_000, "must be at most 1000000")),
  ...accessEnvShape,
  ...storeEnvShape,
});

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`));
  }
  const vars = parsed.data;
  const problems: string[] = [];
  const anyCredential =
    vars.CLOUDFLARE_ACCOUNT_ID ?? vars.CLOUDFLARE_API_TOKEN ?? vars.CLOUDFLARE_EMAIL ?? vars.CLOUDFLARE_API_KEY;

  let cloudflare: AppConfig["cloudflare"] = null;
  if (anyCredential === undefined) {
    if (vars.CLOUDFLARE_API_BASE_URL) {
      problems.push("CLOUDFLARE_API_BASE_URL is set but no credentials are: set CLOUDFLARE_ACCOUNT_ID and a token or key, or unset it for demo mode");
    }
  } else {
    const auth = readAuth(vars, problems);
    if (!vars.CLOUDFLARE_ACCOUNT_ID) problems.push("CLOUDFLARE_ACCOUNT_ID is required when Cloudflare credentials are set");
    if (!vars.NEXTAUTH_SECRET) {
      problems.push("NEXTAUTH_SECRET is required when Cloudflare credentials are set (try: openssl rand -base64 32)");
    }
    if (auth && vars.CLOUDFLARE_ACCOUNT_ID) {
      cloudflare = {
        accountId: vars.CLOUDFLARE_ACCOUNT_ID.toLowerCase(),
        auth,
        baseUrl: (vars.CLOUDFLARE_API_BASE_URL ?? DEFAULT_API_BASE_URL).replace(/\/+$/, ""),
      };
    }
  }
  const access = readAccess(vars, cloudflare === null && anyCredential === undefined, problems);
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    mode: cloudflare ? "cloudflare" : "demo",
    cloudflare,
    timeoutMs: vars.CLOUDFLARE_TIMEOUT_MS ?? 20_000,
    pollBudgetMs: vars.CLOUDFLARE_POLL_BUDGET_MS ?? 5_000,
    bodyLimits: {
      json: { bytes: vars.CLOUDFLARE_MAX_JSON_BYTES ?? DEFAULT_MAX_JSON_BYTES, setting: "CLOUDFLARE_MAX_JSON_BYTES" },
      stream: { bytes: vars.CLOUDFLARE_MAX_RAW_BYTES ?? DEFAULT_MAX_RAW_BYTES, setting: "CLOUDFLARE_MAX_RAW_BYTES" },
    },
    secret: vars.NEXTAUTH_SECRET ?? ephemeralSecret(),
    secretIsEphemeral: !vars.NEXTAUTH_SECRET,
    store: readStore(vars),
    approvalThreshold: vars.APPROVAL_THRESHOLD ?? 100,
    ...access,
  };
}

function readAuth(vars: z.infer<typeof envSchema>, problems: string[]): UpstreamAuth | null {
  const token = vars.CLOUDFLARE_API_TOKEN;
  const { CLOUDFLARE_EMAIL: email, CLOUDFLARE_API_KEY: key } = vars;
  if (token && (email || key)) {
    problems.push("Set either CLOUDFLARE_API_TOKEN or CLOUDFLARE_EMAIL with CLOUDFLARE_API_KEY, not both");
    return null;
  }
  if (token) return { kind: "token", token };
  if (email && key) return { kind: "key", email, key };
  if (email) problems.push("CLOUDFLARE_API_KEY is required with CLOUDFLARE_EMAIL");
  else if (key) problems.push("CLOUDFLARE_EMAIL is required with CLOUDFLARE_API_KEY");
  else problems.push("CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL with CLOUDFLARE_API_KEY) is required with CLOUDFLARE_ACCOUNT_ID");
  return null;
}

// Next bundles the proxy apart from the routes and pages, with its own copy of this module: the demo's
// secret lives on the process, so a session sealed by next-auth opens in the proxy too. The server
// adopts the one kept under DATA_DIR at start-up (adoptDemoSecret), before any bundle reads it.
const EPHEMERAL_SECRET = Symbol.for("email-triage.ephemeral-secret");

function ephemeralSecret(): string {
  const holder = globalThis as { [EPHEMERAL_SECRET]?: string };
  holder[EPHEMERAL_SECRET] ??= randomBytes(32).toString("base64url");
  return holder[EPHEMERAL_SECRET];
}

/** The secret this process seals with when NEXTAUTH_SECRET is unset; call before the first getConfig(). */
export function adoptDemoSecret(secret: string): void {
  (globalThis as { [EPHEMERAL_SECRET]?: string })[EPHEMERAL_SECRET] = secret;
}

let cached: AppConfig | undefined;

/** The configuration of this server process, read once. */
export function getConfig(): AppConfig {
  cached ??= loadConfig();
  return cached;
}
