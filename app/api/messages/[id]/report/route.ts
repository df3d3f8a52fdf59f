import { parseMessageId } from "@/lib/api/parse-message-id";
import { readJsonBody } from "@/lib/api/read-json-body";
import { remediationError } from "@/lib/api/remediation-answers";
import { route } from "@/lib/api/route";
import { reportAnswerSchema, reportBodySchema } from "@/lib/remediation/remediation-answer";
import { reportOne } from "@/lib/server/remediation";
import { projectOnto } from "@/lib/validation/project";

// POST /api/messages/{id}/report — tells Cloudflare it got the message wrong (analysts): a false positive
// or a missed detection; { requestId, kind, disposition? }, sent once per requestId
export const POST = route<{ id: string }>(
  async (request, { params, principal, audited }) => {
    const id = parseMessageId(params.id);
    const body = await readJsonBody(request, reportBodySchema);
    Object.assign(audited, { what: id, action: "report", kind: body.kind, request: body.requestId });
    const reported = await reportOne(body.requestId, id, body.kind, body.disposition ?? null, principal, request.signal).catch((error: unknown) => {
      throw remediationError(error);
    });
    return Response.json(projectOnto(reportAnswerSchema, { repeated: reported.repeated, via: reported.results[0]?.via ?? "submissions" }));
  },
  { audit: { event: "remediation" } },
);
