import "server-only";
import { ChannelListener } from "@/lib/db/channel-listener";
import { openDatabase, withDatabase } from "@/lib/db/database";
import { blockUntil, endBlockIfAfter, spendCall } from "./budget-records";
import type { CallKind } from "./call-kind";
import { UpstreamBudget, blockLength, budgetRules, type Budget, type BudgetOptions, type Refusal } from "./upstream-budget";

// The budget every replica shares: each call is spent in the database (one round trip, under one lock),
// so the team's Cloudflare quota is one number however many replicas run. While the database is down,
// this replica spends from a budget of its own sized to its safe share — the limit divided by the
// replicas that spent calls in the last window — so together they still stay within the limit.
// In-flight coalescing stays per process (coalesce.ts).
//
// A user's burst (the next call within a lease's time of the last) asks for a lease, twice as many calls
// each time up to MAX_LEASE: while the team and the user have spent less than half of theirs, the
// database grants them all at once, counted as spent until the lease ends, and this replica spends them
// without asking again. Near either limit it grants one call at a time, as without leases. A stop that
// Cloudflare asks for reaches every replica's leases at once: the database tells it on the channel
// "budget_blocked", and a replica that cannot hear that channel takes no lease.

const LEASE_MS = 1_000;
const MAX_LEASE = 8;
const MAX_LEASE_HOLDERS = 1_000;

/** `heard`: the block channel's count of changes when the lease was granted; any change voids it. */
type Lease = { left: number; until: number; want: number; askedAt: number; heard: number };

export type SharedBudgetOptions = BudgetOptions & { /** This process, as the calls table names it. */ replica: string };

export class SharedUpstreamBudget implements Budget {
  readonly now: () => number;
  private readonly rules: ReturnType<typeof budgetRules>;
  /** How many replicas spent calls in the window, as of the last call spent. */
  private replicas = 1;
  private fallback: UpstreamBudget | null = null;
  /** A stop this replica set or was refused by: only then can a success end it. */
  private blockSeen = { until: 0, sentAt: Number.NEGATIVE_INFINITY };
  private readonly leases = new Map<string, Lease>();
  private blocks: ChannelListener | null = null;

  constructor(private readonly options: SharedBudgetOptions) {
    this.now = options.now ?? Date.now;
    this.rules = budgetRules(options);
  }

  async acquire(user: string, kind: CallKind = "read"): Promise<Refusal | null> {
    const now = this.now();
    const blocks = this.hearBlocks();
    const lease = kind === "read" ? this.leases.get(user) : undefined;
    if (lease && lease.left > 0 && now < lease.until && blocks.unchangedSince(lease.heard)) {
      lease.left--;
      return null;
    }
    const heard = blocks.changes;
    const want = blocks.hearing && lease && now - lease.askedAt < LEASE_MS ? Math.min(MAX_LEASE, lease.want * 2) : 1;
    const { windowMs, replica } = this.options;
    // budget_acquire knows no kinds: reads are asked within the limit less the room for actions; an
    // action within the whole limit, with a floor no user's share reaches first, and takes no lease.
    const limit = kind === "action" ? this.options.limit : this.rules.readLimit;
    const floor = kind === "action" ? this.options.limit : this.rules.floor;
    try {
      const spent = await withDatabase("spend the upstream budget", (db) => spendCall(db, { user, replica, now, limit, windowMs, floor, want, leaseMs: LEASE_MS }));
      this.replicas = Math.max(1, spent.replicas);
      this.fallback = null;
      if (spent.refusal?.reason === "upstream") this.blockSeen.until = Math.max(this.blockSeen.until, now + spent.refusal.retryAfterMs);
      if (kind === "read") this.keepLease(user, { left: spent.granted - 1, until: now + LEASE_MS, want: spent.granted === want ? want : 1, askedAt: now, heard });
      return spent.refusal;
    } catch {
      this.leases.delete(user);
      return this.ownShare().acquire(user, kind);
    }
  }

  /** Whether leases may be taken now: only while this replica hears every stop. */
  get takesLeases(): boolean {
    return this.hearBlocks().hearing;
  }

  private hearBlocks(): ChannelListener {
    this.blocks ??= new ChannelListener({ open: openDatabase, channel: "budget_blocked" });
    return this.blocks;
  }

  private keepLease(user: string, lease: Lease): void {
    if (this.leases.size >= MAX_LEASE_HOLDERS && !this.leases.has(user)) {
      for (const [holder, held] of this.leases) if (held.until <= lease.askedAt) this.leases.delete(holder);
      if (this.leases.size >= MAX_LEASE_HOLDERS) return;
    }
    this.leases.set(user, lease);
  }

  /** This replica's share while the database is down. */
  ownShare(): UpstreamBudget {
    this.fallback ??= new UpstreamBudget({ ...this.options, limit: Math.max(1, Math.floor(this.options.limit / this.replicas)) });
    return this.fallback;
  }

  async blockFor(ms: number, sentAt = this.now()): Promise<void> {
    const until = this.now() + blockLength(ms, this.rules.maxBlockMs);
    this.blockSeen = { until: Math.max(this.blockSeen.until, until), sentAt: Math.max(this.blockSeen.sentAt, sentAt) };
    // Cloudflare said to wait: no lease's calls are spent now (other replicas hear it from the database).
    this.leases.clear();
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
