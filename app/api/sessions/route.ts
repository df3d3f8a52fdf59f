import { route } from "@/lib/api/route";
import { toSessionList } from "@/lib/api/session-answers";
import { endOwnOtherSessions, sessionsOf } from "@/lib/auth/sessions";

// GET /api/sessions — the signed-in user's live sessions, the one asking marked as current
export const GET = route(async (_request, { principal, sessionId }) => Response.json(toSessionList(await sessionsOf(principal.id), sessionId)));

// DELETE /api/sessions — ends every session of the user but the one asking
export const DELETE = route(
  async (_request, { principal, sessionId }) => Response.json({ ended: await endOwnOtherSessions(principal.id, sessionId) }),
  { audit: { event: "session_ended", detail: () => ({ what: "all other sessions" }) } },
);
