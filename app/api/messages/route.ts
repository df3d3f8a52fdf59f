import { searchDetail } from "@/lib/api/audit-details";
import { route } from "@/lib/api/route";
import { parseSearchQuery, searchResponse } from "@/lib/api/search-response";
import { getInvestigator } from "@/lib/server/investigator";

// GET /api/messages — search, continuing Cloudflare's 202 statelessly through /api/searches/{token}
export const GET = route(
  async (request, { principal }) => searchResponse(await getInvestigator().search(parseSearchQuery(request), principal.id, request.signal)),
  { audit: { event: "search", detail: searchDetail } },
);
