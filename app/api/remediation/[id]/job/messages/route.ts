import { badRequest } from "@/lib/http/api-error";
import { parseRequestId, remediationError } from "@/lib/api/remediation-answers";
import { route } from "@/lib/api/route";
import { JOB_MESSAGES_PER_PAGE, jobMessagesAnswerSchema, jobMessagesQuerySchema, toJobMessagesAnswer } from "@/lib/remediation/remediation-answer";
import { jobMessages } from "@/lib/server/remediation";
import { projectOnto } from "@/lib/validation/project";
import { readQueryParams } from "@/lib/validation/read-query-params";

// GET /api/remediation/{id}/job/messages?status=&page= — a page of the bulk job's messages, each with its
// status and Cloudflare's reason for a failure or a skip
export const GET = route<{ id: string }>(async (request, { params }) => {
  const id = parseRequestId(params.id);
  const read = readQueryParams(new URL(request.url).searchParams, jobMessagesQuerySchema, "is not a filter of a job's messages");
  if (!read.ok) throw badRequest(read.fields, "Some filters of the job's messages are not valid.");
  const { status, page = 1 } = read.query;
  const perPage = JOB_MESSAGES_PER_PAGE;
  const rows = await jobMessages(id, { status, page, perPage }, request.signal).catch((error: unknown) => {
    throw remediationError(error);
  });
  return Response.json(projectOnto(jobMessagesAnswerSchema, toJobMessagesAnswer(rows.slice(0, perPage), page, perPage)));
});
