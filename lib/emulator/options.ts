import type { Credentials, RateLimitConfig } from "./constants";
import { DEFAULT_JOB_TIMING, type JobTiming } from "./remediation/bulk-jobs";
import { DEFAULT_COUNT, DEFAULT_CREDENTIALS, DEFAULT_PER_PAGE, DEFAULT_RATE_LIMIT, DEFAULT_SEED, EMULATOR_ACCOUNT_ID } from "./constants";

/** When a search answers 202 on its own, with no fault injected. */
export type SlowSearchConfig = {
  /** Only searches with detections_only=false over a window longer than this are slow. */
  readonly longerThanMs: number;
  /** Polls before this much time has passed answer 202 again. */
  readonly readyAfterMs: number;
};

export type EmulatorOptions = {
  readonly seed?: number;
  readonly count?: number;
  /** The data covers the 30 days before it; default: the time of creation. */
  readonly now?: Date;
  readonly accountId?: string;
  readonly credentials?: Credentials;
  readonly rateLimit?: Partial<RateLimitConfig>;
  readonly defaultPerPage?: number;
  readonly slowSearch?: false | Partial<SlowSearchConfig>;
  readonly locationStyle?: "relative" | "absolute";
  /** As an account where POST …/submissions is not there yet: it answers 404, and reclassify is the way. */
  readonly legacySubmissions?: boolean;
  /** How fast bulk jobs discover and process their messages. */
  readonly bulkJobs?: Partial<JobTiming>;
};

export type ResolvedOptions = {
  readonly seed: number;
  readonly count: number;
  readonly now: number;
  readonly accountId: string;
  readonly credentials: Credentials;
  readonly rateLimit: RateLimitConfig;
  readonly defaultPerPage: number;
  readonly slowSearch: SlowSearchConfig | false;
  readonly locationStyle: "relative" | "absolute";
  readonly legacySubmissions: boolean;
  readonly bulkJobs: JobTiming;
};

export const DEFAULT_SLOW_SEARCH: SlowSearchConfig = { longerThanMs: 7 * 86_400_000, readyAfterMs: 1500 };

function positiveInteger(name: string, value: number, min = 1): number {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`Emulator option ${name} must be an integer ≥ ${min}, got ${value}.`);
  return value;
}

export function resolveOptions(options: EmulatorOptions = {}): ResolvedOptions {
  const now = options.now?.getTime() ?? Date.now();
  if (Number.isNaN(now)) throw new RangeError("Emulator option now is an invalid Date.");
  const rateLimit = { ...DEFAULT_RATE_LIMIT, ...options.rateLimit };
  return {
    seed: positiveInteger("seed", options.seed ?? DEFAULT_SEED, 0),
    count: positiveInteger("count", options.count ?? DEFAULT_COUNT, 0),
    now,
    accountId: options.accountId ?? EMULATOR_ACCOUNT_ID,
    credentials: options.credentials ?? DEFAULT_CREDENTIALS,
    rateLimit: {
      limit: positiveInteger("rateLimit.limit", rateLimit.limit),
      windowMs: positiveInteger("rateLimit.windowMs", rateLimit.windowMs),
      blockMs: positiveInteger("rateLimit.blockMs", rateLimit.blockMs, 0),
    },
    defaultPerPage: positiveInteger("defaultPerPage", options.defaultPerPage ?? DEFAULT_PER_PAGE),
    slowSearch: options.slowSearch === false ? false : { ...DEFAULT_SLOW_SEARCH, ...options.slowSearch },
    locationStyle: options.locationStyle ?? "relative",
    legacySubmissions: options.legacySubmissions ?? false,
    bulkJobs: { ...DEFAULT_JOB_TIMING, ...options.bulkJobs },
  };
}
