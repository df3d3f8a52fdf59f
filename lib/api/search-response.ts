import "server-only";
import type { SearchResult } from "@/lib/investigate/search";
import { pendingSearchSchema, resultPageSchema } from "@/lib/investigate/result-page";
import { searchParamsFromQuery, searchParamsSchema, type SearchParams } from "@/lib/investigate/search-params";
import { flattenError, safeParse } from "@/lib/validation/core-builders";
import { projectOnto } from "@/lib/validation/project";
import { badRequest } from "@/lib/http/api-error";
import { routes } from "@/lib/routes";

/** The search in a request's query string, or a 400 naming each bad field. */
export function parseSearchQuery(request: Request): SearchParams {
  const parsed = safeParse(searchParamsSchema, searchParamsFromQuery(new URL(request.url).searchParams));
  if (!parsed.success) throw badRequest(flattenError(parsed.error).fieldErrors);
  return parsed.data;
}

/** 200 with the page, or 202 with our own Location to poll while Cloudflare is still searching; each through its schema. */
export function searchResponse(result: SearchResult): Response {
  if (result.kind === "page") return Response.json(projectOnto(resultPageSchema, result.page));
  const location = routes.api.pendingSearch(result.token);
  const body = projectOnto(pendingSearchSchema, {
    status: "pending",
    startedAt: new Date(result.startedAt).toISOString(),
    location,
    retryAfterSeconds: result.retryAfterSeconds,
  });
  return Response.json(body, {
    status: 202,
    headers: { Location: location, "Retry-After": String(result.retryAfterSeconds) },
  });
}
