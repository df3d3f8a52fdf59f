import "server-only";
import { requirePrincipal, type Principal } from "@/lib/auth/principal";
import { toErrorResponse } from "./to-error-response";

// The one wrapper every route handler goes through (dub's withWorkspace): who is asking, the route's
// params, error mapping, and no caching of answers that hold mail data.

type Handler<Params> = (request: Request, context: { params: Params; principal: Principal }) => Promise<Response>;

export function route<Params = Record<string, never>>(handler: Handler<Params>) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    let response: Response;
    try {
      const principal = await requirePrincipal(request);
      response = await handler(request, { params: await context.params, principal });
    } catch (error) {
      return toErrorResponse(error);
    }
    response.headers.set("Cache-Control", "no-store");
    return response;
  };
}
