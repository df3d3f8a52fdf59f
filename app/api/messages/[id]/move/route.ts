import { parseMessageId } from "@/lib/api/parse-message-id";
import { readJsonBody } from "@/lib/api/read-json-body";
import { remediationError } from "@/lib/api/remediation-answers";
import { route } from "@/lib/api/route";
import { moveAnswerSchema, moveBodySchema, toMoveAnswer } from "@/lib/remediation/remediation-answer";
import { moveOne } from "@/lib/server/remediation";
import { projectOnto } from "@/lib/validation/project";

// POST /api/messages/{id}/move — moves the message to a folder of every recipient's mailbox (analysts);
// { requestId, destination }: the same requestId again is answered from the first time, never sent twice
export const POST = route<{ id: string }>(
  async (request, { params, principal, audited }) => {
    const id = parseMessageId(params.id);
    const body = await readJsonBody(request, moveBodySchema);
    Object.assign(audited, { what: id, action: "move", destination: body.destination, request: body.requestId });
    const moved = await moveOne(body.requestId, id, body.destination, principal, request.signal).catch((error: unknown) => {
      throw remediationError(error);
    });
    if (moved.repeated) audited.repeated = true;
    return Response.json(projectOnto(moveAnswerSchema, toMoveAnswer(moved.results, moved.repeated)));
  },
  { audit: { event: "remediation" } },
);
