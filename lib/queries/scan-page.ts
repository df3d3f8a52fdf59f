import type { ResultPage } from "@/lib/investigate/result-page";
import { asResultPage } from "./api-answers";
import { ApiRequestError, readApiError } from "./api-request-error";
import { abortableSleep, followPending } from "./fetch-result-page";

// One page of a search read through a route that answers it as something smaller than rows (counts,
// matches: /api/counts, /api/similar). A slow search's 202 is followed to its rows (the one page
// Cloudflare made wait), which `fromRows` turns into the same answer here. A refusal by the budget is
// waited out as it says, within the same rules as any search; cancelling stops at once.

export type ScanAnswer<T> = { fromRows: (page: ResultPage) => T; is: (body: unknown) => body is T };

export async function scanPage<T>(url: string, answer: ScanAnswer<T>, signal: AbortSignal): Promise<T> {
  const get = (location: string) => fetch(location, { signal, headers: { Accept: "application/json" }, cache: "no-store" });
  for (;;) {
    const response = await followPending(await get(url), get, { signal });
    if (response.status === 429) {
      const wait = Number.parseInt(response.headers.get("Retry-After") ?? "", 10);
      await abortableSleep(Math.min(60, Math.max(1, Number.isFinite(wait) ? wait : 5)) * 1000, signal);
      continue;
    }
    if (!response.ok) throw await readApiError(response);
    const body: unknown = await response.json().catch(() => null);
    const rows = asResultPage(body);
    if (rows) return answer.fromRows(rows);
    if (!answer.is(body)) throw new ApiRequestError("The server answered with something the page cannot read.", response.status, { code: "internal" });
    return body;
  }
}
