import { searchDetail } from "@/lib/api/audit-details";
import { route } from "@/lib/api/route";
import { parseSearchQuery, searchResponse } from "@/lib/api/search-response";
import { countOf } from "@/lib/investigate/count-of";
import { countPageSchema } from "@/lib/investigate/count-page";
import { MAX_PER_PAGE } from "@/lib/investigate/search-params";
import { getInvestigator } from "@/lib/server/investigator";
import { projectOnto } from "@/lib/validation/project";

// GET /api/counts?<search>&cursor= — one page of 1,000 of a search, counted by disposition instead of
// sent (the browser's "count all" pages through a whole search with it); spent from the user's budget
// like any search, and answered 202 like one while Cloudflare is still searching
export const GET = route(
  async (request, { principal }) => {
    const result = await getInvestigator().search({ ...parseSearchQuery(request), per_page: MAX_PER_PAGE }, principal.id, request.signal);
    if (result.kind !== "page") return searchResponse(result);
    return Response.json(projectOnto(countPageSchema, countOf(result.page)));
  },
  { audit: { event: "search", detail: searchDetail } },
);
