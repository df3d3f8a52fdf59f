import "server-only";
import { withDatabase } from "@/lib/db/database";
import { blockUntil, endBlockIfAfter, spendCall } from "./budget-records";
import { UpstreamBudget, blockLength, budgetRules, type Budget, type BudgetOptions, type Refusal } from "./upstream-budget";

// The budget every replica shares: each call is spent in the database (one round trip, under one lock),
// so the team's Cloudflare quota is one number however many replicas run. While the database is down,
// this replica spends from a budget of its own sized to its safe share — the limit divided by the
// replicas that spent calls in the last window — so together they still stay within the limit.
// In-flight coalescing stays per process (coalesce.ts).

export type SharedBudgetOptions = BudgetOptions & { /** This process, as the calls table names it. */ replica: string };

export class SharedUpstreamBudget implements Budget {
  readonly now: () => number;
  private readonly rules: ReturnType<typeof budgetRules>;
  /** How many replicas spent calls in the window, as of the last call spent. */
  private replicas = 1;
  private fallback: UpstreamBudget | null = null;
  /** A stop this replica set or was refused by: only then can a success end it. */
  private blockSeen = { until: 0, sentAt: Number.NEGATIVE_INFINITY };

  constructor(private readonly options: SharedBudgetOptions) {
    this.now = options.now ?? Date.now;
    this.rules = budgetRules(options);
  }

  async acquire(user: string): Promise<Refusal | null> {
    const now = this.now();
    const { limit, windowMs, replica } = this.options;
    try {
      const spent = await withDatabase("spend the upstream budget", (db) => spendCall(db, { user, replica, now, limit, windowMs, floor: this.rules.floor }));
      this.replicas = Math.max(1, spent.replicas);
      this.fallback = null;
      if (spent.refusal?.reason === "upstream") this.blockSeen.until = Math.max(this.blockSeen.until, now + spent.refusal.retryAfterMs);
      return spent.refusal;
    } catch {
      return this.ownShare().acquire(user);
    }
  }

  /** This replica's share while the database is down. */
  ownShare(): UpstreamBudget {
    this.fallback ??= new UpstreamBudget({ ...this.options, limit: Math.max(1, Math.floor(this.options.limit / this.replicas)) });
    return this.fallback;
  }

  async blockFor(ms: number, sentAt = this.now()): Promise<void> {
    const until = this.now() + blockLength(ms, this.rules.maxBlockMs);
    this.blockSeen = { until: Math.max(this.blockSeen.until, until), sentAt: Math.max(this.blockSeen.sentAt, sentAt) };
    this.fallback?.blockFor(ms, sentAt);
    await withDatabase("stop upstream calls", (db) => blockUntil(db, until, sentAt)).catch(() => undefined);
  }

  async observeRemaining(remaining: number, resetSeconds: number, sentAt = this.now()): Promise<void> {
    if (remaining <= this.rules.reserve) await this.blockFor(resetSeconds * 1000, sentAt);
  }

  async succeeded(sentAt: number): Promise<void> {
    this.fallback?.succeeded(sentAt);
    // Most answers arrive with no stop in force: they cost no write.
    if (this.now() >= this.blockSeen.until || sentAt <= this.blockSeen.sentAt) return;
    this.blockSeen.until = 0;
    await withDatabase("end the stop on upstream calls", (db) => endBlockIfAfter(db, sentAt)).catch(() => undefined);
  }
}
