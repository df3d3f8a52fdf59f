import { z } from "zod";
import { searchDetail } from "@/lib/api/audit-details";
import { route } from "@/lib/api/route";
import { parseSearchQuery, searchResponse } from "@/lib/api/search-response";
import { badRequest } from "@/lib/http/api-error";
import { MAX_PER_PAGE } from "@/lib/investigate/search-params";
import { similarOf } from "@/lib/investigate/similar-of";
import { similarPageSchema, similarQuerySchema } from "@/lib/investigate/similar-page";
import { getInvestigator } from "@/lib/server/investigator";
import { projectOnto } from "@/lib/validation/project";

// GET /api/similar?by=structure|edf&hash=…&<search>&cursor= — one page of 1,000 of a search, answered as
// only its messages with that hash (Cloudflare cannot search by it); spent from the user's budget like any
// search, and answered 202 like one while Cloudflare is still searching
export const GET = route(
  async (request, { principal }) => {
    const query = new URL(request.url).searchParams;
    const similar = similarQuerySchema.safeParse({ by: query.get("by") ?? undefined, hash: query.get("hash") ?? undefined });
    if (!similar.success) throw badRequest(z.flattenError(similar.error).fieldErrors, "Say which hash to look for.");
    const result = await getInvestigator().search({ ...parseSearchQuery(request), per_page: MAX_PER_PAGE }, principal.id, request.signal);
    if (result.kind !== "page") return searchResponse(result);
    return Response.json(projectOnto(similarPageSchema, similarOf(result.page, similar.data.by, similar.data.hash)));
  },
  { audit: { event: "search", detail: searchDetail } },
);
