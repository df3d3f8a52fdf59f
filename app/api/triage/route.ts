import { readJsonBody } from "@/lib/api/read-json-body";
import { route } from "@/lib/api/route";
import { toApiError } from "@/lib/api/to-error-response";
import { triageError } from "@/lib/api/triage-answers";
import { audit } from "@/lib/audit/audit-log";
import { badRequest } from "@/lib/http/api-error";
import { loadMessageSnapshot } from "@/lib/server/message-snapshot";
import { QUEUE_PAGE_SIZE, readQueueQuery } from "@/lib/triage/queue-query";
import { bulkAnswerSchema } from "@/lib/triage/bulk-answer";
import { queueAnswerSchema, toQueueAnswer } from "@/lib/triage/queue-answer";
import { changeTriageInBulk, readQueue } from "@/lib/triage/triage";
import { bulkChangeSchema } from "@/lib/triage/triage-change";
import { projectOnto } from "@/lib/validation/project";

// GET /api/triage?view=mine|unassigned|in_review|resolved_today|all&status&verdict&assignee&disposition&ids&before
// — the team's queue, from the database alone (no call to Cloudflare), most recently changed first
export const GET = route(async (request, { principal }) => {
  const read = readQueueQuery(new URL(request.url).searchParams);
  if (!read.ok) throw badRequest(read.fields, "Some filters of the queue are not valid.");
  return Response.json(projectOnto(queueAnswerSchema, toQueueAnswer(await readQueue(read.query, principal.id, QUEUE_PAGE_SIZE))));
});

/** 500 items of the longest ids and versions fit. */
const BULK_BODY_BYTES = 160 * 1024;

// POST /api/triage — one change to many messages ({ change, items: [{ id, version }] }, at most 500):
// how many changed, and each refused one with why; every message changed is its own audit event
export const POST = route(
  async (request, { principal, audited }) => {
    const bulk = await readJsonBody(request, bulkChangeSchema, BULK_BODY_BYTES);
    Object.assign(audited, { what: `${bulk.items.length} messages`, action: bulk.change.action });
    const outcome = await changeTriageInBulk(bulk, principal, (id) => loadMessageSnapshot(id, request.signal)).catch((error: unknown) => {
      throw triageError(error);
    });
    for (const id of outcome.changed) audit({ event: "triage_change", outcome: "ok", who: principal, what: id, action: bulk.change.action, via: "bulk" });
    const refused = outcome.refused.map(({ id, error }) => {
      const apiError = toApiError(triageError(error));
      return { id, code: apiError.code, message: apiError.message };
    });
    return Response.json(projectOnto(bulkAnswerSchema, { changed: outcome.changed, unchanged: outcome.unchanged, refused }));
  },
  { audit: { event: "triage_change" } },
);
