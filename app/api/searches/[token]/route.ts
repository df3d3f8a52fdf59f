import { route } from "@/lib/api/route";
import { searchResponse } from "@/lib/api/search-response";
import { getInvestigator } from "@/lib/server/investigator";

// GET /api/searches/{token} — poll a search Cloudflare answered with 202; 200 when ready, 202 again if not
export const GET = route<{ token: string }>(async (request, { params, principal }) =>
  searchResponse(await getInvestigator().resumeSearch(params.token, principal.id, request.signal)),
);
