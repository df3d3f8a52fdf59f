import { readJsonBody } from "@/lib/api/read-json-body";
import { remediationError } from "@/lib/api/remediation-answers";
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

// POST /api/remediation — moves or releases many messages (analysts; { requestId, action, ids, destination?,
// justification }): sent now (200), or above APPROVAL_THRESHOLD kept to wait for a second analyst (202)
export const POST = route(
  async (request, { principal, audited }) => {
    const body = await readJsonBody(request, manyBodySchema, BODY_BYTES);
    Object.assign(audited, { what: `${body.ids.length} messages`, action: body.action, destination: body.destination, request: body.requestId });
    const row = await requestMany(
      { id: body.requestId, action: body.action, messageIds: body.ids, destination: body.destination ?? null, justification: body.justification },
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
