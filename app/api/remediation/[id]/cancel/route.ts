import { parseRequestId, remediationError } from "@/lib/api/remediation-answers";
import { route } from "@/lib/api/route";
import { requestAnswerSchema, toRequestAnswer } from "@/lib/remediation/remediation-answer";
import { cancelJob } from "@/lib/server/remediation";
import { projectOnto } from "@/lib/validation/project";

// POST /api/remediation/{id}/cancel — an analyst stops a whole-search request's bulk job where it is; what
// it has not reached stays untouched
export const POST = route<{ id: string }>(
  async (_request, { params, principal, audited }) => {
    const id = parseRequestId(params.id);
    Object.assign(audited, { what: id, action: "cancel" });
    const { row, job } = await cancelJob(id, principal).catch((error: unknown) => {
      throw remediationError(error);
    });
    audited.status = job.status;
    return Response.json(projectOnto(requestAnswerSchema, toRequestAnswer({ ...row, job })));
  },
  { audit: { event: "remediation" } },
);
