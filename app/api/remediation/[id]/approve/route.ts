import { readJsonBody } from "@/lib/api/read-json-body";
import { parseRequestId, remediationError } from "@/lib/api/remediation-answers";
import { route } from "@/lib/api/route";
import { decisionBodySchema, requestAnswerSchema, toRequestAnswer } from "@/lib/remediation/remediation-answer";
import { approve } from "@/lib/server/remediation";
import { projectOnto } from "@/lib/validation/project";

// POST /api/remediation/{id}/approve — a second analyst approves a waiting request, which is then sent;
// never one's own, never an expired one, and of two approvals at once only one sends it
export const POST = route<{ id: string }>(
  async (request, { params, principal, audited }) => {
    const id = parseRequestId(params.id);
    Object.assign(audited, { what: id, action: "approve" });
    const { reason } = await readJsonBody(request, decisionBodySchema);
    const row = await approve(id, principal, reason || null).catch((error: unknown) => {
      throw remediationError(error);
    });
    return Response.json(projectOnto(requestAnswerSchema, toRequestAnswer(row)));
  },
  { audit: { event: "remediation" } },
);
