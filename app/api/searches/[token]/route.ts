import { route } from "@/lib/api/route";
import { searchResponse } from "@/lib/api/search-response";
import { continueSearch } from "@/lib/investigate/search";

// GET /api/searches/{token} — poll a search Cloudflare answered with 202; 200 when ready, 202 again if not
export const GET = route<{ token: string }>(async (request, { params, principal }) =>
  searchResponse(await continueSearch(params.token, principal.id, request.signal)),
);
