import { parseMessageId } from "@/lib/api/parse-message-id";
import { readJsonBody } from "@/lib/api/read-json-body";
import { remediationError } from "@/lib/api/remediation-answers";
import { route } from "@/lib/api/route";
import { releaseAnswerSchema, releaseBodySchema, toReleaseAnswer } from "@/lib/remediation/remediation-answer";
import { releaseOne } from "@/lib/server/remediation";
import { projectOnto } from "@/lib/validation/project";

// POST /api/messages/{id}/release — delivers a quarantined message to its recipients (analysts);
// { requestId }: the same requestId again is answered from the first time, never sent twice
export const POST = route<{ id: string }>(
  async (request, { params, principal, audited }) => {
    const id = parseMessageId(params.id);
    const body = await readJsonBody(request, releaseBodySchema);
    Object.assign(audited, { what: id, action: "release", request: body.requestId });
    const released = await releaseOne(body.requestId, id, principal, request.signal).catch((error: unknown) => {
      throw remediationError(error);
    });
    if (released.repeated) audited.repeated = true;
    return Response.json(projectOnto(releaseAnswerSchema, toReleaseAnswer(released.results, released.repeated)));
  },
  { audit: { event: "remediation" } },
);
