import type { Credentials } from "./constants";
import type { ActiveFaults, Fault, FaultTarget } from "./faults";
import { FaultBook } from "./faults";
import type { WireMessage } from "./generate/record";
import { authenticate, presentedScheme, type AuthScheme } from "./http/auth";
import type { Reply } from "./http/envelope";
import { CODES, badIdentifier, fail, invalid, noRoute } from "./http/envelope";
import { serialise } from "./http/fault-bodies";
import { hugeBody } from "./http/huge-body";
import { handleMessage, handlePreviewCreate } from "./http/message-handlers";
import { handleBulkCreate, handleBulkJob, handleBulkMove, handleMove, handleReclassify, handleRelease, handleSubmissionList, handleSubmit } from "./http/remediation-handlers";
import { PendingSearches } from "./http/pending-searches";
import { RateLimiter } from "./http/rate-limiter";
import { matchRoute, type Route } from "./http/routes";
import { handlePoll, handleSearch } from "./http/search-handler";
import type { EmulatorOptions, ResolvedOptions } from "./options";
import { resolveOptions } from "./options";
import { Mailboxes } from "./remediation/mailboxes";
import { Submissions } from "./remediation/submissions";
import { BulkJobs } from "./remediation/bulk-jobs";
import { createStore } from "./store";

// The emulator: Cloudflare Email Security's Investigate API behind a fetch-compatible handler.
// Order of a request: log → faults (latency, hang) → auth → rate limit → injected errors → route →
// body faults. Faults never bypass auth, so a test's faults cannot mask an auth bug.

export type RecordedRequest = {
  readonly method: string;
  readonly path: string;
  /** The query string without "?". */
  readonly query: string;
  readonly at: string;
  /** The scheme presented, never the secret. */
  readonly auth: AuthScheme;
  status: number | null;
};

export type Emulator = {
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
  setFaults(faults: readonly Fault[]): void;
  addFault(fault: Fault): void;
  clearFaults(): void;
  readonly faults: readonly Fault[];
  readonly requests: readonly RecordedRequest[];
  clearRequests(): void;
  /** The generated data, newest first (rendered on first access). */
  readonly messages: readonly WireMessage[];
  readonly messageCount: number;
  /** Faults, requests, pending searches, rate-limit counters and what was done to messages back to empty; the data stays. */
  reset(): void;
  readonly options: ResolvedOptions;
  readonly credentials: Credentials;
  /** How long generating the data took, in ms. */
  readonly createdInMs: number;
};

const MAX_LOGGED_REQUESTS = 10_000;
const JSON_REQUIRED = Symbol("not JSON");
const ORIGIN = "https://emulator.invalid";

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

function target(matched: Route): FaultTarget {
  return matched.kind === "search" ? "search" : matched.kind === "poll" ? "poll" : "other";
}

export function createEmulator(input: EmulatorOptions = {}): Emulator {
  const options = resolveOptions(input);
  const store = createStore(options);
  const faults = new FaultBook();
  const pending = new PendingSearches();
  const limiter = new RateLimiter(options.rateLimit);
  const mailboxes = new Mailboxes();
  const submissions = new Submissions();
  const jobs = new BulkJobs(store, mailboxes, options.bulkJobs);
  let requests: RecordedRequest[] = [];

  async function jsonBody(request: Request): Promise<unknown> {
    try {
      return await request.json();
    } catch {
      return JSON_REQUIRED;
    }
  }

  async function dispatch(request: Request, url: URL, matched: Route, active: ActiveFaults): Promise<Reply> {
    switch (matched.kind) {
      case "search":
        return handleSearch({ options, store, pending, mailboxes }, url, active);
      case "poll":
        return handlePoll({ options, store, pending, mailboxes }, url, matched.searchId, active);
      case "message":
        return handleMessage(store, mailboxes, matched.id, matched.view, url.searchParams, options.defaultPerPage);
      case "bulk-job":
        return handleBulkJob(jobs, request.method, matched.id, matched.sub, url.searchParams, Date.now());
      case "submissions":
        return handleSubmissionList(submissions, url.searchParams, Date.now());
      case "move":
      case "bulk-move":
      case "release":
      case "reclassify":
      case "bulk-create":
      case "submit": {
        if (matched.kind === "submit" && options.legacySubmissions) return noRoute();
        const body = await jsonBody(request);
        if (body === JSON_REQUIRED) return invalid([{ path: "", message: "The body must be JSON." }]);
        const now = Date.now();
        switch (matched.kind) {
          case "move":
            return handleMove(store, mailboxes, matched.id, body, now);
          case "bulk-move":
            return handleBulkMove(store, mailboxes, body, now);
          case "release":
            return handleRelease(store, mailboxes, body, now);
          case "reclassify":
            return handleReclassify(store, submissions, mailboxes, matched.id, body, now);
          case "submit":
            return handleSubmit(store, submissions, mailboxes, body, now);
          case "bulk-create":
            return handleBulkCreate(jobs, body, now);
        }
      }
      case "preview-create": {
        let body: unknown;
        try {
          body = await request.json();
        } catch {
          return invalid([{ path: "", message: "The body must be JSON: {\"postfix_id\": \"…\"}." }]);
        }
        return handlePreviewCreate(store, body);
      }
      case "wrong-account":
        return badIdentifier(matched.path);
      case "no-route":
        return noRoute();
    }
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const entry: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      query: url.search.replace(/^\?/, ""),
      at: new Date().toISOString(),
      auth: presentedScheme(request.headers),
      status: null,
    };
    requests.push(entry);
    if (requests.length > MAX_LOGGED_REQUESTS) requests = requests.slice(-MAX_LOGGED_REQUESTS);

    const matched = matchRoute(request.method, url.pathname, options.accountId);
    const active = faults.take(`${url.pathname}${url.search}`, target(matched));
    if (active.latencyMs > 0) await sleep(active.latencyMs, request.signal);
    if (active.hang) {
      // Never answers; the caller's abort (or the client hanging up) ends it, so nothing leaks.
      await new Promise<never>((_, reject) => {
        if (request.signal.aborted) reject(request.signal.reason as Error);
        request.signal.addEventListener("abort", () => reject(request.signal.reason as Error), { once: true });
      });
    }

    let reply: Reply;
    // The policy is the same for everyone; the remaining count exists only for a known credential, so
    // answers to unauthenticated calls carry Ratelimit-Policy alone.
    let headers: Record<string, string> = { "ratelimit-policy": limiter.policy() };
    const auth = authenticate(request.headers, options.credentials);
    if (!auth.ok) {
      reply = auth.reply;
    } else {
      const decision = limiter.hit(auth.identity);
      headers = limiter.headers(decision);
      if (!decision.allowed) {
        reply = fail(429, [{ code: CODES.rateLimited, message: "Please wait and consider throttling your request speed" }], { "retry-after": String(decision.resetSeconds) });
      } else if (active.rateLimited) {
        reply = fail(429, [{ code: CODES.rateLimited, message: "Please wait and consider throttling your request speed" }], { "retry-after": String(active.rateLimited.retryAfterSeconds) });
      } else if (active.serverErrorStatus !== null) {
        reply = fail(active.serverErrorStatus, [{ code: CODES.serverError, message: "Internal server error" }]);
      } else if (auth.readOnly && (["move", "bulk-move", "release", "reclassify", "submit", "bulk-create"].includes(matched.kind) || (matched.kind === "bulk-job" && (matched.sub === "cancel" || request.method === "DELETE")))) {
        // What Cloudflare answers a token without Cloud Email Security: Write.
        reply = fail(403, [{ code: CODES.authentication, message: "Authentication error" }]);
      } else {
        reply = await dispatch(request, url, matched, active);
      }
    }
    const body = serialise(reply, active.body);
    entry.status = reply.status;
    const huge = active.hugeBody && reply.status < 300 ? hugeBody(reply.kind, active.hugeBody, request.signal) : null;
    return new Response(huge ?? body.text, {
      status: reply.status,
      headers: { "content-type": body.contentType, "cf-ray": `${Date.now().toString(16)}-EMU`, ...headers, ...reply.headers },
    });
  }

  return {
    fetch(input, init) {
      try {
        const request = typeof input === "string" && input.startsWith("/") ? new Request(`${ORIGIN}${input}`, init) : new Request(input, init);
        return handle(request);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    setFaults: (list) => faults.set(list),
    addFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    get faults() {
      return faults.list();
    },
    get requests() {
      return requests;
    },
    clearRequests: () => {
      requests = [];
    },
    get messages() {
      return store.messages();
    },
    messageCount: store.records.length,
    reset: () => {
      faults.clear();
      mailboxes.clear();
      submissions.clear();
      jobs.clear();
      requests = [];
      pending.clear();
      limiter.reset();
    },
    options,
    credentials: options.credentials,
    createdInMs: store.createdInMs,
  };
}
