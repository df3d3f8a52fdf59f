import { z } from "zod";

// Faults a test switches on per run. They are validated with zod because the standalone server takes
// them as JSON. `match` scopes a fault to requests whose path+query contains it, so parallel tests can
// each fault their own query or id.

export const faultSchema = z.strictObject({
  match: z.string().min(1).optional(),
  times: z.number().int().min(1).optional(),
  latencyMs: z.number().int().min(0).max(600_000).optional(),
  pendingPolls: z.number().int().min(0).max(10_000).optional(),
  pendingForever: z.boolean().optional(),
  rateLimited: z.strictObject({ retryAfterSeconds: z.number().int().min(0).max(86_400) }).optional(),
  serverError: z.strictObject({ status: z.number().int().min(500).max(599).optional(), rate: z.number().min(0).max(1).optional() }).optional(),
  body: z.enum(["truncated-json", "html", "schema-violation", "success-false", "unreadable-messages"]).optional(),
  /** A 2xx body of this many bytes, made while it is sent; `stall`: send its start, then nothing more. */
  hugeBody: z.strictObject({ bytes: z.number().int().min(1).max(8 * 1024 ** 3), stall: z.boolean().optional() }).optional(),
  hang: z.boolean().optional(),
  location: z.string().optional(),
});

export type Fault = z.infer<typeof faultSchema>;

/** The control endpoint takes one fault or a list. */
export const faultsInputSchema = z.union([faultSchema, z.array(faultSchema)]);

/** What the faults that apply to one request add up to. */
export type ActiveFaults = {
  readonly latencyMs: number;
  readonly hang: boolean;
  readonly rateLimited: { readonly retryAfterSeconds: number } | null;
  readonly serverErrorStatus: number | null;
  readonly body: Fault["body"] | null;
  readonly hugeBody: Fault["hugeBody"] | null;
  readonly pendingPolls: number | null;
  readonly pendingForever: boolean;
  readonly location: string | null;
};

/** Searches start the 202 flow; polls continue it; everything else is "other". */
export type FaultTarget = "search" | "poll" | "other";

type Entry = {
  readonly fault: Fault;
  remaining: number | undefined;
  seen: number;
};

function applies(fault: Fault, target: FaultTarget): boolean {
  const generic = fault.latencyMs !== undefined || fault.hang || fault.rateLimited || fault.serverError || fault.body || fault.hugeBody;
  if (generic) return true;
  if (target === "search") return fault.pendingPolls !== undefined || fault.pendingForever === true || fault.location !== undefined;
  return target === "poll" && fault.location !== undefined;
}

export class FaultBook {
  private entries: Entry[] = [];

  list(): Fault[] {
    return this.entries.map((entry) => ({ ...entry.fault, ...(entry.remaining === undefined ? {} : { times: entry.remaining }) }));
  }

  set(faults: readonly Fault[]): void {
    this.entries = faults.map((fault) => ({ fault: faultSchema.parse(fault), remaining: fault.times, seen: 0 }));
  }

  add(fault: Fault): void {
    this.entries.push({ fault: faultSchema.parse(fault), remaining: fault.times, seen: 0 });
  }

  clear(): void {
    this.entries = [];
  }

  /** Picks the faults for one request and counts it against their `times`. */
  take(pathAndQuery: string, target: FaultTarget): ActiveFaults {
    const active = { latencyMs: 0, hang: false, rateLimited: null, serverErrorStatus: null, body: null, hugeBody: null, pendingPolls: null, pendingForever: false, location: null } as {
      -readonly [K in keyof ActiveFaults]: ActiveFaults[K];
    };
    for (const entry of this.entries) {
      const { fault } = entry;
      if (fault.match !== undefined && !pathAndQuery.includes(fault.match)) continue;
      if (!applies(fault, target)) continue;
      entry.seen += 1;
      if (entry.remaining !== undefined) entry.remaining -= 1;
      active.latencyMs += fault.latencyMs ?? 0;
      active.hang ||= fault.hang === true;
      active.rateLimited ??= fault.rateLimited ?? null;
      if (fault.serverError && active.serverErrorStatus === null) {
        // Deterministic rate: the n-th matching request fails when floor(n·rate) steps up.
        const rate = fault.serverError.rate ?? 1;
        if (Math.floor(entry.seen * rate) > Math.floor((entry.seen - 1) * rate)) active.serverErrorStatus = fault.serverError.status ?? 500;
      }
      active.body ??= fault.body ?? null;
      active.hugeBody ??= fault.hugeBody ?? null;
      if (target === "search") {
        active.pendingPolls ??= fault.pendingPolls ?? null;
        active.pendingForever ||= fault.pendingForever === true;
      }
      if (target !== "other") active.location ??= fault.location ?? null;
    }
    this.entries = this.entries.filter((entry) => entry.remaining === undefined || entry.remaining > 0);
    return active;
  }
}
