import { route } from "@/lib/api/route";
import { parseMessageId } from "@/lib/api/parse-message-id";
import { readJsonBody } from "@/lib/api/read-json-body";
import { triageError } from "@/lib/api/triage-answers";
import { toTriageAnswer, triageAnswerSchema } from "@/lib/triage/triage-answer";
import { loadMessageSnapshot } from "@/lib/server/message-snapshot";
import { changeTriageOf, triageOf } from "@/lib/triage/triage";
import { triageChangeSchema } from "@/lib/triage/triage-change";
import { projectOnto } from "@/lib/validation/project";

// GET /api/triage/{id} — the message's triage (status, assignee, verdict, history, notes), from the database alone
export const GET = route<{ id: string }>(async (_request, { params }) => {
  const id = parseMessageId(params.id);
  return Response.json(projectOnto(triageAnswerSchema, toTriageAnswer(await triageOf(id))));
});

// PATCH /api/triage/{id} — one change (claim, release, assign, status, verdict) based on the version the person saw
export const PATCH = route<{ id: string }>(
  async (request, { params, principal, audited }) => {
    const id = parseMessageId(params.id);
    const change = await readJsonBody(request, triageChangeSchema);
    Object.assign(audited, { what: id, action: change.action, ...("to" in change ? { to: change.to } : {}), ...("verdict" in change ? { verdict: change.verdict } : {}) });
    const record = await changeTriageOf(id, change, principal, (messageId) => loadMessageSnapshot(messageId, request.signal)).catch((error: unknown) => {
      throw triageError(error);
    });
    return Response.json(projectOnto(triageAnswerSchema, toTriageAnswer(record)));
  },
  { audit: { event: "triage_change" } },
);
