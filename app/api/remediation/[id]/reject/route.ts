import { readJsonBody } from "@/lib/api/read-json-body";
import { parseRequestId, remediationError } from "@/lib/api/remediation-answers";
import { route } from "@/lib/api/route";
import { rejectionBodySchema, requestAnswerSchema, toRequestAnswer } from "@/lib/remediation/remediation-answer";
import { reject } from "@/lib/server/remediation";
import { projectOnto } from "@/lib/validation/project";

// POST /api/remediation/{id}/reject — a second analyst rejects a waiting request, saying why; nothing is sent
export const POST = route<{ id: string }>(
  async (request, { params, principal, audited }) => {
    const id = parseRequestId(params.id);
    Object.assign(audited, { what: id, action: "reject" });
    const { reason } = await readJsonBody(request, rejectionBodySchema);
    const row = await reject(id, principal, reason).catch((error: unknown) => {
      throw remediationError(error);
    });
    return Response.json(projectOnto(requestAnswerSchema, toRequestAnswer(row)));
  },
  { audit: { event: "remediation" } },
);
