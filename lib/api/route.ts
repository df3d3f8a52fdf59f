import "server-only";
import { audit, type AuditEvent } from "@/lib/audit/audit-log";
import { requireRole, requireSession, type Principal, type SignedIn } from "@/lib/auth/principal";
import type { Role } from "@/lib/accounts/roles";
import { slidingSessionCookie } from "@/lib/auth/session-renewal";
import { runAsUser } from "@/lib/budget/current-user";
import { trackAnswerCopies, type AnswerCopies } from "@/lib/budget/answer-copies";
import { ANSWER_AGE_HEADER, FRESH_ANSWER_HEADER } from "@/lib/http/answer-headers";
import { toApiError, toErrorResponse } from "./to-error-response";

// The one wrapper every route handler goes through (dub's withWorkspace): the session and role,
// checked here inside the handler (the data API runs without the proxy); the route's params; the audit
// line; the user the upstream budget charges; the age of any kept copy of Cloudflare's answer; error mapping; the session's sliding idle timeout; and no
// caching of answers that hold mail data. The static security headers come from next.config.mjs.

/** `audited`: fields the handler adds to its audit line once it has read them (a change's action). */
type Handler<Params> = (request: Request, context: { params: Params; principal: Principal; sessionId: string; audited: Record<string, unknown> }) => Promise<Response>;

export type RouteOptions = {
  /** The least role allowed; every signed-in user when absent. */
  role?: Role;
  /** That role alone, not the ones above it. */
  onlyRole?: Role;
  /** Recorded in the audit log, with the outcome. */
  audit?: { event: AuditEvent["event"]; detail?: (request: Request, params: Record<string, unknown>) => Record<string, unknown> };
};

export function route<Params = Record<string, never>>(handler: Handler<Params>, options: RouteOptions = {}) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    let response: Response;
    let session: SignedIn | undefined;
    let params: Params | undefined;
    const audited: Record<string, unknown> = {};
    try {
      session = await requireSession(request);
      const who = session.principal;
      params = await context.params;
      if (options.role) requireRole(who, options.role, request);
      if (options.onlyRole) requireRole(who, options.onlyRole, request, true);
      const args = { params, principal: who, sessionId: session.sid, audited };
      // Refresh in the browser asks for answers fresh from Cloudflare, within the budget. Not through
      // Cache-Control: a browser sends no-cache on every fetch made with cache: "no-store".
      const copies: AnswerCopies = { fresh: request.headers.get(FRESH_ANSWER_HEADER) === "1", oldestCopyAt: null };
      response = await runAsUser(who.id, () => trackAnswerCopies(copies, () => handler(request, args)));
      // Served from a kept copy of Cloudflare's answer: how old it is, in seconds, for the page to say.
      if (copies.oldestCopyAt !== null) response.headers.set(ANSWER_AGE_HEADER, String(Math.max(0, Math.floor((Date.now() - copies.oldestCopyAt) / 1000))));
      record(options, request, who, params, audited, "ok", response.status);
    } catch (error) {
      const apiError = toApiError(error);
      if (session && apiError.code !== "forbidden") record(options, request, session.principal, params, audited, "error", apiError.status);
      response = toErrorResponse(apiError);
    }
    return finish(response, session);
  };
}

async function finish(response: Response, session: SignedIn | undefined): Promise<Response> {
  response.headers.set("Cache-Control", "no-store");
  const renewal = session ? await slidingSessionCookie(session.cookie, session.token) : null;
  if (renewal) response.headers.append("Set-Cookie", renewal);
  return response;
}

function record(options: RouteOptions, request: Request, who: Principal, params: unknown, audited: Record<string, unknown>, outcome: "ok" | "error", status: number): void {
  if (!options.audit) return;
  const fields = options.audit.detail?.(request, (params ?? {}) as Record<string, unknown>) ?? {};
  audit({ event: options.audit.event, outcome, who, status, ...fields, ...audited });
}
