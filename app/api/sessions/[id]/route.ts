import { route } from "@/lib/api/route";
import { parseSessionId } from "@/lib/api/parse-session-id";
import { endOwnSession } from "@/lib/auth/sessions";
import { ApiError } from "@/lib/http/api-error";

// DELETE /api/sessions/{id} — ends one of the signed-in user's own sessions (another's is not found)
export const DELETE = route<{ id: string }>(
  async (_request, { params, principal }) => {
    if (!(await endOwnSession(principal.id, parseSessionId(params.id)))) {
      throw new ApiError("not_found", "You have no live session with this id: it has ended already, or it is not yours.");
    }
    return new Response(null, { status: 204 });
  },
  { audit: { event: "session_ended", detail: (_request, params) => ({ what: typeof params.id === "string" ? params.id.slice(0, 80) : "?" }) } },
);
