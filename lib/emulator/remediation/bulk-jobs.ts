import { randomUUID } from "node:crypto";
import type { MessageRecord } from "../generate/record";
import type { CompiledSearch } from "../search/filters";
import type { MessageStore } from "../store";
import type { Mailboxes, MoveDestination } from "./mailboxes";

// Jobs that move or release every message a search finds (POST …/investigate/bulk). A job discovers its
// messages, then processes them a few dozen a second, as its clock says when it is read: each message
// moved or released, or skipped when it cannot be (a quarantined message is not moved; one not in
// quarantine is not released). A cancelled job stops where it is: what it had not reached is cancelled
// and stays untouched. Counters keep total = pending + successful + failed + skipped + cancelled.

export type BulkAction = "MOVE" | "RELEASE";
export type JobStatus = "PENDING" | "DISCOVERING" | "PROCESSING" | "COMPLETED" | "FAILED" | "CANCELLED";

export type JobTiming = {
  /** How long discovery takes before processing starts. */
  readonly discoverMs: number;
  /** Messages processed per second. */
  readonly perSecond: number;
};

export const DEFAULT_JOB_TIMING: JobTiming = { discoverMs: 500, perSecond: 40 };

type Job = {
  readonly id: string;
  readonly action: BulkAction;
  readonly destination: MoveDestination | null;
  readonly searchParams: Record<string, unknown>;
  readonly comment: string | null;
  readonly createdAt: number;
  readonly found: readonly MessageRecord[];
  processed: number;
  successful: number;
  failed: number;
  skipped: number;
  /** What became of each message processed, in order. */
  readonly outcomes: { record: MessageRecord; outcome: "successful" | "failed" | "skipped" }[];
  cancelledAt: number | null;
  completedAt: number | null;
};

export class BulkJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly store: MessageStore,
    private readonly mailboxes: Mailboxes,
    private readonly timing: JobTiming = DEFAULT_JOB_TIMING,
  ) {}

  create(input: { action: BulkAction; destination: MoveDestination | null; searchParams: Record<string, unknown>; comment: string | null; search: CompiledSearch }, now: number): Record<string, unknown> {
    const found = this.store.records.filter((record) => record.time >= input.search.start && record.time <= input.search.end && input.search.test(record));
    const job: Job = { id: randomUUID(), ...input, createdAt: now, found, processed: 0, successful: 0, failed: 0, skipped: 0, outcomes: [], cancelledAt: null, completedAt: null };
    this.jobs.set(job.id, job);
    return this.detail(job, now);
  }

  get(id: string, now: number): Record<string, unknown> | null {
    const job = this.jobs.get(id);
    return job ? this.detail(job, now) : null;
  }

  list(now: number): Record<string, unknown>[] {
    return [...this.jobs.values()].reverse().map((job) => this.detail(job, now));
  }

  /** Cancels a job still running; null when there is none, false when it had ended already. */
  cancel(id: string, now: number): boolean | null {
    const job = this.jobs.get(id);
    if (!job) return null;
    this.advance(job, now);
    if (job.completedAt !== null || job.cancelledAt !== null) return false;
    job.cancelledAt = now;
    return true;
  }

  /** Removes an ended job; null when there is none, false when it still runs. */
  remove(id: string, now: number): boolean | null {
    const job = this.jobs.get(id);
    if (!job) return null;
    this.advance(job, now);
    if (job.completedAt === null && job.cancelledAt === null) return false;
    this.jobs.delete(id);
    return true;
  }

  messages(id: string, now: number): Record<string, unknown>[] | null {
    const job = this.jobs.get(id);
    if (!job) return null;
    this.advance(job, now);
    return job.outcomes.map(({ record, outcome }) => ({ id: record.id, postfix_id: record.key.postfixId, status: outcome.toUpperCase() }));
  }

  clear(): void {
    this.jobs.clear();
  }

  private advance(job: Job, now: number): void {
    if (job.completedAt !== null || job.cancelledAt !== null) return;
    const due = Math.floor(((now - job.createdAt - this.timing.discoverMs) * this.timing.perSecond) / 1000);
    while (job.processed < Math.min(due, job.found.length)) {
      const record = job.found[job.processed];
      if (!record) break;
      const outcome = this.act(job, record, job.createdAt + this.timing.discoverMs + (job.processed * 1000) / this.timing.perSecond);
      job.outcomes.push({ record, outcome });
      job[outcome]++;
      job.processed++;
    }
    if (job.processed >= job.found.length && now >= job.createdAt + this.timing.discoverMs) job.completedAt = now;
  }

  private act(job: Job, record: MessageRecord, at: number): "successful" | "failed" | "skipped" {
    if (job.action === "RELEASE") {
      const released = this.mailboxes.release(record, at);
      return released.delivered.length > 0 ? "successful" : "skipped";
    }
    if (this.mailboxes.refuseMove(record)) return "skipped";
    return this.mailboxes.move(record, job.destination ?? "DeletedItems", at).some((result) => result.success) ? "successful" : "failed";
  }

  private detail(job: Job, now: number): Record<string, unknown> {
    this.advance(job, now);
    const discovering = now < job.createdAt + this.timing.discoverMs && job.cancelledAt === null;
    const status: JobStatus = job.cancelledAt !== null ? "CANCELLED" : job.completedAt !== null ? "COMPLETED" : discovering ? "DISCOVERING" : "PROCESSING";
    const total = discovering ? 0 : job.found.length;
    const cancelled = job.cancelledAt !== null ? job.found.length - job.processed : 0;
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
    return {
      job_id: job.id,
      action_type: job.action,
      action_params: job.action === "MOVE" ? { type: "MOVE", destination: job.destination } : { type: "RELEASE" },
      search_params: job.searchParams,
      status,
      created_at: iso(job.createdAt),
      started_at: iso(job.createdAt),
      completed_at: iso(job.cancelledAt ?? job.completedAt),
      comment: job.comment,
      status_message: status === "CANCELLED" ? "Cancelled by request" : null,
      total_messages_discovered: total,
      messages_pending: discovering ? 0 : total - job.processed - cancelled,
      messages_successful: job.successful,
      messages_failed: job.failed,
      messages_skipped: job.skipped,
      messages_cancelled: cancelled,
    };
  }
}
