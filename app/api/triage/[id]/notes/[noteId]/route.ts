import { route } from "@/lib/api/route";
import { parseMessageId } from "@/lib/api/parse-message-id";
import { readJsonBody } from "@/lib/api/read-json-body";
import { parseNoteId, triageError } from "@/lib/api/triage-answers";
import { ApiError } from "@/lib/http/api-error";
import { toTriageAnswer, triageAnswerSchema } from "@/lib/triage/triage-answer";
import { editNoteOf } from "@/lib/triage/triage";
import { triageNoteSchema } from "@/lib/triage/triage-change";
import { projectOnto } from "@/lib/validation/project";

// PATCH /api/triage/{id}/notes/{noteId} — its author rewords a note for a short while after writing it;
// the words replaced stay in the history. The answer is the message's whole triage.
export const PATCH = route<{ id: string; noteId: string }>(
  async (request, { params, principal, audited }) => {
    const id = parseMessageId(params.id);
    const noteId = parseNoteId(params.noteId);
    Object.assign(audited, { what: id, action: "edit", note: noteId });
    const { text } = await readJsonBody(request, triageNoteSchema);
    const record = await editNoteOf(id, noteId, text, principal).catch((error: unknown) => {
      throw triageError(error);
    });
    if (record === null) throw new ApiError("not_found", "This message has no note with this number.");
    return Response.json(projectOnto(triageAnswerSchema, toTriageAnswer(record)));
  },
  { audit: { event: "triage_note" } },
);
