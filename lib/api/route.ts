import "server-only";
import { audit, type AuditEvent } from "@/lib/audit/audit-log";
import { requirePrincipal, requireRole, type Principal } from "@/lib/auth/principal";
import type { Role } from "@/lib/auth/roles";
import { runAsUser } from "@/lib/budget/current-user";
import { toApiError, toErrorResponse } from "./to-error-response";

// The one wrapper every route handler goes through (dub's withWorkspace): the session and role,
// checked here inside the handler whatever the proxy did; the route's params; the audit line; the
// user the upstream budget charges; error mapping; and no caching of answers that hold mail data.

type Handler<Params> = (request: Request, context: { params: Params; principal: Principal }) => Promise<Response>;

export type RouteOptions = {
  /** The least role allowed; every signed-in user when absent. */
  role?: Role;
  /** Recorded in the audit log, with the outcome. */
  audit?: { event: AuditEvent["event"]; detail?: (request: Request, params: Record<string, unknown>) => Record<string, unknown> };
};

export function route<Params = Record<string, never>>(handler: Handler<Params>, options: RouteOptions = {}) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    let response: Response;
    let principal: Principal | undefined;
    let params: Params | undefined;
    try {
      principal = await requirePrincipal(request);
      params = await context.params;
      if (options.role) requireRole(principal, options.role, request);
      const who = principal;
      const args = { params, principal: who };
      response = await runAsUser(who.id, () => handler(request, args));
      record(options, request, who, params, "ok", response.status);
    } catch (error) {
      const apiError = toApiError(error);
      if (principal && apiError.code !== "forbidden") record(options, request, principal, params, "error", apiError.status);
      return toErrorResponse(apiError);
    }
    response.headers.set("Cache-Control", "no-store");
    return response;
  };
}

function record(options: RouteOptions, request: Request, who: Principal, params: unknown, outcome: "ok" | "error", status: number): void {
  if (!options.audit) return;
  const fields = options.audit.detail?.(request, (params ?? {}) as Record<string, unknown>) ?? {};
  audit({ event: options.audit.event, outcome, who, status, ...fields });
}
