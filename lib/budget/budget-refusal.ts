import { markNotSent } from "@/lib/cloudflare/not-sent";
import type { Refusal } from "./upstream-budget";

// The budget's "not now", thrown from inside the client's fetch before anything is sent. The client
// passes it through untouched (markNotSent) and the route answers 429 with its Retry-After. It is
// recognised by a global brand, not instanceof, for the same reason as the mark (see not-sent.ts).

const BRAND = Symbol.for("email-triage-dashboard.budget-refusal");

const MESSAGES = {
  user: "You have used your share of the team's Cloudflare budget for now; try again in a moment so others can keep working.",
  server: "The dashboard has used its Cloudflare budget for the next few minutes; try again shortly.",
  upstream: "Cloudflare asked the dashboard to slow down; every request waits until it allows more.",
} as const;

export class BudgetRefusal extends Error {
  override name = "BudgetRefusal";
  readonly reason: Refusal["reason"];
  readonly retryAfterSeconds: number;

  constructor(refusal: Refusal) {
    super(MESSAGES[refusal.reason]);
    this.reason = refusal.reason;
    this.retryAfterSeconds = Math.max(1, Math.ceil(refusal.retryAfterMs / 1000));
    Object.defineProperty(this, BRAND, { value: true });
    markNotSent(this);
  }
}

export function isBudgetRefusal(value: unknown): value is BudgetRefusal {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
