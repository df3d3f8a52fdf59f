import { readJsonBody } from "@/lib/api/read-json-body";
import { parseJobSearch, remediationError } from "@/lib/api/remediation-answers";
import { route } from "@/lib/api/route";
import { getConfig } from "@/lib/config/env";
import { listRequests } from "@/lib/remediation/remediation";
import { manyBodySchema, requestAnswerSchema, requestListSchema, toRequestAnswer } from "@/lib/remediation/remediation-answer";
import { requestMany } from "@/lib/server/remediation";
import { projectOnto } from "@/lib/validation/project";

// GET /api/remediation — the latest requests to act on mail, those waiting for approval first
export const GET = route(async () => {
  const requests = await listRequests();
  return Response.json(projectOnto(requestListSchema, { requests: requests.map((row) => toRequestAnswer(row)), threshold: getConfig().approvalThreshold }));
});

/** 5,000 of the longest ids, and a justification, fit. */
const BODY_BYTES = 1024 * 1024;

// POST /api/remediation — moves or releases many messages (analysts; { requestId, action, ids | search,
// destination?, justification }): sent now (200), or kept to wait for a second analyst (202) when above
// APPROVAL_THRESHOLD, and always for a whole search (sent then as a Cloudflare bulk job)
export const POST = route(
  async (request, { principal, audited }) => {
    const body = await readJsonBody(request, manyBodySchema, BODY_BYTES);
    const search = body.search ? parseJobSearch(body.search) : null;
    const messageIds = body.ids ?? [];
    Object.assign(audited, { what: search ? "every message of a search" : `${messageIds.length} messages`, action: body.action, destination: body.destination, request: body.requestId, search: search ?? undefined });
    const row = await requestMany(
      { id: body.requestId, action: body.action, messageIds, search, destination: body.destination ?? null, justification: body.justification },
      principal,
    ).catch((error: unknown) => {
      throw remediationError(error);
    });
    const answer = toRequestAnswer(row);
    audited.status = answer.status;
    return Response.json(projectOnto(requestAnswerSchema, answer), { status: answer.status === "pending_approval" ? 202 : 200 });
  },
  { audit: { event: "remediation" } },
);
