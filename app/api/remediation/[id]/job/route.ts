import { parseRequestId, remediationError } from "@/lib/api/remediation-answers";
import { route } from "@/lib/api/route";
import { requestAnswerSchema, toRequestAnswer } from "@/lib/remediation/remediation-answer";
import { jobProgress } from "@/lib/server/remediation";
import { projectOnto } from "@/lib/validation/project";

// GET /api/remediation/{id}/job — the request with its bulk job's progress read from Cloudflare now
// (once the job has ended, as kept, with no call)
export const GET = route<{ id: string }>(async (request, { params }) => {
  const id = parseRequestId(params.id);
  const { row, job } = await jobProgress(id, request.signal).catch((error: unknown) => {
    throw remediationError(error);
  });
  return Response.json(projectOnto(requestAnswerSchema, toRequestAnswer({ ...row, job })));
});
