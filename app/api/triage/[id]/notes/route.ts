import { route } from "@/lib/api/route";
import { parseMessageId } from "@/lib/api/parse-message-id";
import { readJsonBody } from "@/lib/api/read-json-body";
import { triageError } from "@/lib/api/triage-answers";
import { toTriageAnswer, triageAnswerSchema } from "@/lib/triage/triage-answer";
import { loadMessageSnapshot } from "@/lib/server/message-snapshot";
import { addNoteTo } from "@/lib/triage/triage";
import { triageNoteSchema } from "@/lib/triage/triage-change";
import { projectOnto } from "@/lib/validation/project";

// POST /api/triage/{id}/notes — adds a plain-text note to the message (analysts); the answer is its whole triage
export const POST = route<{ id: string }>(
  async (request, { params, principal, audited }) => {
    const id = parseMessageId(params.id);
    audited.what = id;
    const { text } = await readJsonBody(request, triageNoteSchema);
    const record = await addNoteTo(id, text, principal, (messageId) => loadMessageSnapshot(messageId, request.signal)).catch((error: unknown) => {
      throw triageError(error);
    });
    return Response.json(projectOnto(triageAnswerSchema, toTriageAnswer(record)));
  },
  { audit: { event: "triage_note" } },
);
