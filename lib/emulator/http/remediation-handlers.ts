import { z } from "zod";
import { MOVE_DESTINATIONS, type Mailboxes } from "../remediation/mailboxes";
import { EXPECTED_DISPOSITIONS, type Submissions } from "../remediation/submissions";
import type { BulkJobs } from "../remediation/bulk-jobs";
import { parseInvestigateQuery } from "../contract/search-query";
import { compileSearch } from "../search/filters";
import type { MessageStore } from "../store";
import { findRecord } from "../store";
import type { Reply } from "./envelope";
import { CODES, fail, invalid, notFound, ok } from "./envelope";

// POST …/investigate/{id}/move, POST …/investigate/move (many), POST …/investigate/release and the
// reports (POST …/submissions, the deprecated POST …/investigate/{id}/reclassify, GET …/submissions), as
// docs/cloudflare-api.md#endpoints describes them today: bulk move names `ids` (postfix_ids ended on
// 2026-11-01), release takes `{ids}` or the older bare array, at most 1,000 messages a request, and
// expected_disposition is accepted and ignored ("nonfunctional").

const MAX_IDS = 1_000;
const destination = z.enum(MOVE_DESTINATIONS, { error: `Use one of ${MOVE_DESTINATIONS.join(", ")}.` });
const ids = z.array(z.string().min(1, "An id is empty.")).min(1, "Name at least one message.").max(MAX_IDS, `At most ${MAX_IDS} messages a request.`);
const moveBody = z.object({ destination, expected_disposition: z.unknown().optional() });
const bulkMoveBody = z.object({ destination, ids: ids.optional(), postfix_ids: z.unknown().optional(), expected_disposition: z.unknown().optional() });
const releaseBody = z.union([ids, z.object({ ids })]);

const issues = (error: z.ZodError) => error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
/** Cloudflare's code for "the message cannot be acted on" is not public; ours, like the others, is 14xx. */
const cannotAct = (message: string) => fail(400, [{ code: CODES.invalidInput, message }]);

export function handleMove(store: MessageStore, mailboxes: Mailboxes, id: string, body: unknown, now: number): Reply {
  const parsed = moveBody.safeParse(body);
  if (!parsed.success) return invalid(issues(parsed.error));
  const record = findRecord(store, id);
  if (!record) return notFound(`No message with id ${id} was found.`);
  const refusal = mailboxes.refuseMove(record);
  if (refusal) return cannotAct(refusal);
  return ok("move", mailboxes.move(record, parsed.data.destination, now));
}

export function handleBulkMove(store: MessageStore, mailboxes: Mailboxes, body: unknown, now: number): Reply {
  const parsed = bulkMoveBody.safeParse(body);
  if (!parsed.success) return invalid(issues(parsed.error));
  if (parsed.data.postfix_ids !== undefined && parsed.data.ids === undefined) {
    return invalid([{ path: "postfix_ids", message: "postfix_ids ended on 2026-11-01: name the messages by ids." }]);
  }
  if (!parsed.data.ids) return invalid([{ path: "ids", message: "Required." }]);
  // Messages that are not found or cannot be moved are left out of the answer, as the others go ahead.
  const results = parsed.data.ids.flatMap((one) => {
    const record = findRecord(store, one);
    return record && !mailboxes.refuseMove(record) ? mailboxes.move(record, parsed.data.destination, now) : [];
  });
  return ok("move", results);
}

export function handleRelease(store: MessageStore, mailboxes: Mailboxes, body: unknown, now: number): Reply {
  const parsed = releaseBody.safeParse(body);
  if (!parsed.success) return invalid(issues(parsed.error));
  const wanted = Array.isArray(parsed.data) ? parsed.data : parsed.data.ids;
  const results = wanted.map((one) => {
    const record = findRecord(store, one);
    return record ? mailboxes.release(record, now) : { id: one, postfix_id: one, delivered: [], failed: [], undelivered: [] };
  });
  return ok("release", results);
}

const expected = z.enum(EXPECTED_DISPOSITIONS, { error: `Use one of ${EXPECTED_DISPOSITIONS.join(", ")}.` });
const submissionBody = z.object({
  type: z.enum(["reclassification", "missed_detection"], { error: "Use reclassification or missed_detection." }),
  messages: z.array(z.object({ id: z.string().min(1, "Required."), expected_disposition: expected })).min(1, "Name at least one message.").max(MAX_IDS, `At most ${MAX_IDS} messages a request.`),
});
const reclassifyBody = z.object({ expected_disposition: expected, eml_content: z.string().optional(), escalated_submission_id: z.string().optional() });
const submissionsQuery = z.object({
  page: z.coerce.number().int().min(1).optional(),
  per_page: z.coerce.number().int().min(1).max(1000).optional(),
  submission_id: z.string().optional(),
});

/** POST …/email-security/submissions (the newest way to report): 202, one submission per message. */
export function handleSubmit(store: MessageStore, submissions: Submissions, mailboxes: Mailboxes, body: unknown, now: number): Reply {
  const parsed = submissionBody.safeParse(body);
  if (!parsed.success) return invalid(issues(parsed.error));
  const records = parsed.data.messages.map((one) => ({ one, record: findRecord(store, one.id) }));
  const missing = records.find(({ record }) => !record);
  if (missing) return notFound(`No message with id ${missing.one.id} was found.`);
  const ids = records.map(({ one, record }) => {
    if (!record) return "";
    mailboxes.note(record, "SUBMISSION", now, { expected_disposition: one.expected_disposition });
    return submissions.add(record, one.expected_disposition, parsed.data.type, now);
  });
  return ok("submission", ids.map((submission_id) => ({ submission_id })), { status: 202 });
}

/** POST …/investigate/{id}/reclassify (deprecated for submissions): 202 with an empty result. */
export function handleReclassify(store: MessageStore, submissions: Submissions, mailboxes: Mailboxes, id: string, body: unknown, now: number): Reply {
  const parsed = reclassifyBody.safeParse(body);
  if (!parsed.success) return invalid(issues(parsed.error));
  const record = findRecord(store, id);
  if (!record) return notFound(`No message with id ${id} was found.`);
  mailboxes.note(record, "SUBMISSION", now, { expected_disposition: parsed.data.expected_disposition });
  submissions.add(record, parsed.data.expected_disposition, parsed.data.expected_disposition === "NONE" ? "reclassification" : "missed_detection", now);
  return ok("submission", {}, { status: 202 });
}

/** GET …/email-security/submissions: newest first, a page at a time. */
export function handleSubmissionList(submissions: Submissions, query: URLSearchParams, now: number): Reply {
  const parsed = submissionsQuery.safeParse(Object.fromEntries(query));
  if (!parsed.success) return invalid(issues(parsed.error));
  const perPage = parsed.data.per_page ?? 20;
  const page = parsed.data.page ?? 1;
  const all = submissions.view(now).filter((one) => !parsed.data.submission_id || one.submission_id === parsed.data.submission_id);
  const items = all.slice((page - 1) * perPage, page * perPage);
  return ok("submission", items, { resultInfo: { count: items.length, page, per_page: perPage, total_count: all.length } });
}

const bulkJobBody = z.object({
  action: z.enum(["MOVE", "RELEASE"], { error: "Use MOVE or RELEASE." }),
  search_params: z.record(z.string(), z.unknown(), { error: "Required: the search's filters." }),
  destination: destination.optional(),
  comment: z.string().max(1000).optional(),
  expected_disposition: z.unknown().optional(),
});

/** POST …/investigate/bulk: a job over every message the search finds (201). */
export function handleBulkCreate(jobs: BulkJobs, body: unknown, now: number): Reply {
  const parsed = bulkJobBody.safeParse(body);
  if (!parsed.success) return invalid(issues(parsed.error));
  if (parsed.data.action === "MOVE" && !parsed.data.destination) return invalid([{ path: "destination", message: "Required to move." }]);
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parsed.data.search_params)) {
    if (value === undefined || value === null) continue;
    // Bulk search_params keep filters the list dropped; the emulator searches by those it knows.
    if (["exact_subject", "submissions", "action_log"].includes(name)) continue;
    query.set(name, String(value));
  }
  const search = parseInvestigateQuery(query, now);
  if (!search.ok) return invalid(search.issues.map((issue) => ({ ...issue, path: `search_params.${issue.path}` })));
  const job = jobs.create(
    { action: parsed.data.action, destination: parsed.data.destination ?? null, searchParams: parsed.data.search_params, comment: parsed.data.comment ?? null, search: compileSearch(search.search, now) },
    now,
  );
  return ok("bulk", job, { status: 201 });
}

const jobMessagesQuery = submissionsQuery.omit({ submission_id: true }).extend({
  status: z.enum(["PENDING", "PROCESSING", "COMPLETED", "FAILED", "SKIPPED", "CANCELLED"]).optional(),
});

export function handleBulkJob(jobs: BulkJobs, method: string, id: string | null, sub: string | null, query: URLSearchParams, now: number): Reply {
  if (id === null) return ok("bulk", jobs.list(now));
  if (sub === "cancel") {
    const cancelled = jobs.cancel(id, now);
    if (cancelled === null) return notFound(`No bulk job ${id}.`);
    return cancelled ? ok("bulk", jobs.get(id, now)) : cannotAct("The job has ended already: there is nothing to cancel.");
  }
  if (sub === "messages") {
    const messages = jobs.messages(id, now);
    if (!messages) return notFound(`No bulk job ${id}.`);
    const parsed = jobMessagesQuery.safeParse(Object.fromEntries(query));
    if (!parsed.success) return invalid(issues(parsed.error));
    const { page = 1, per_page: perPage = 20, status } = parsed.data;
    const matching = status ? messages.filter((one) => one.status === status) : messages;
    const items = matching.slice((page - 1) * perPage, page * perPage);
    return ok("bulk", items, { resultInfo: { count: items.length, page, per_page: perPage, total_count: matching.length } });
  }
  if (method === "DELETE") {
    const removed = jobs.remove(id, now);
    if (removed === null) return notFound(`No bulk job ${id}.`);
    return removed ? ok("bulk", { id }) : cannotAct("Only a job that has ended (COMPLETED, CANCELLED, FAILED) can be deleted.");
  }
  const job = jobs.get(id, now);
  return job ? ok("bulk", job) : notFound(`No bulk job ${id}.`);
}
