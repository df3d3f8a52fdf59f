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
  readonly outcomes: { record: MessageRecord; outcome: "successful" | "failed" | "skipped"; at: number; reason: string | null }[];
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

  /** The job's rows, in the shape of GET …/bulk/{job_id}/messages: those processed, then those pending or cancelled. */
  messages(id: string, now: number): Record<string, unknown>[] | null {
    const job = this.jobs.get(id);
    if (!job) return null;
    this.advance(job, now);
    const params = job.action === "MOVE" ? { type: "MOVE", destination: job.destination } : { type: "RELEASE" };
    const row = (record: MessageRecord, status: string, processedAt: number | null, statusMessage: string | null) => ({
      message_id: record.id,
      postfix_id: record.key.postfixId,
      alert_id: record.key.alertId,
      email_message_id: record.key.messageId,
      action_type: job.action,
      action_params: { ...params, client_recipient: record.message.to?.[0] ?? null },
      created_at: new Date(job.createdAt).toISOString(),
      processed_at: processedAt === null ? null : new Date(processedAt).toISOString(),
      retry_count: 0,
      retry_after: null,
      status,
      status_message: statusMessage,
    });
    const processed = job.outcomes.map(({ record, outcome, at, reason }) => row(record, outcome === "successful" ? "COMPLETED" : outcome.toUpperCase(), at, reason));
    const rest = job.found.slice(job.processed).map((record) => row(record, job.cancelledAt !== null ? "CANCELLED" : "PENDING", null, null));
    return [...processed, ...rest];
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
      const at = job.createdAt + this.timing.discoverMs + (job.processed * 1000) / this.timing.perSecond;
      const { outcome, reason } = this.act(job, record, at);
      job.outcomes.push({ record, outcome, at, reason });
      job[outcome]++;
      job.processed++;
    }
    if (job.processed >= job.found.length && now >= job.createdAt + this.timing.discoverMs) job.completedAt = now;
  }

  private act(job: Job, record: MessageRecord, at: number): { outcome: "successful" | "failed" | "skipped"; reason: string | null } {
    if (job.action === "RELEASE") {
      const released = this.mailboxes.release(record, at);
      return released.delivered.length > 0 ? { outcome: "successful", reason: null } : { outcome: "skipped", reason: "The message is not in quarantine." };
    }
    const refusal = this.mailboxes.refuseMove(record);
    if (refusal) return { outcome: "skipped", reason: refusal };
    const results = this.mailboxes.move(record, job.destination ?? "DeletedItems", at);
    if (results.some((result) => result.success)) return { outcome: "successful", reason: null };
    return { outcome: "failed", reason: "move_failed: the integration could not reach the recipient's mailbox." };
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
