import { countOf } from "@/lib/investigate/count-of";
import type { CountPage } from "@/lib/investigate/count-page";
import { routes } from "@/lib/routes";
import { asResultPage } from "./api-answers";
import { ApiRequestError, readApiError } from "./api-request-error";
import { abortableSleep, followPending } from "./fetch-result-page";

// "Count all": pages through a whole search 1,000 at a time through GET /api/counts, which answers each
// page as counts, not rows. A slow search's 202 is followed to its rows (the one page Cloudflare made
// wait), which are counted here. A refusal by the budget is waited out as it says, within the same
// rules as any search; cancelling stops at once.

export type Tally = { total: number; unreadable: number; byDisposition: Record<string, number>; pages: number };

export async function countAll(apiQuery: URLSearchParams, onProgress: (tally: Tally) => void, signal: AbortSignal): Promise<Tally> {
  const tally: Tally = { total: 0, unreadable: 0, byDisposition: {}, pages: 0 };
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams(apiQuery);
    query.delete("per_page");
    query.delete("cursor");
    if (cursor) query.set("cursor", cursor);
    const page = await countPage(query, signal);
    tally.total += page.counted;
    tally.unreadable += page.unreadable;
    for (const [name, n] of Object.entries(page.byDisposition)) tally.byDisposition[name] = (tally.byDisposition[name] ?? 0) + n;
    tally.pages++;
    onProgress({ ...tally, byDisposition: { ...tally.byDisposition } });
    cursor = page.next;
  } while (cursor);
  return tally;
}

async function countPage(query: URLSearchParams, signal: AbortSignal): Promise<CountPage> {
  const get = (url: string) => fetch(url, { signal, headers: { Accept: "application/json" }, cache: "no-store" });
  for (;;) {
    const response = await followPending(await get(routes.api.counts(query.toString())), get, { signal });
    if (response.status === 429) {
      const wait = Number.parseInt(response.headers.get("Retry-After") ?? "", 10);
      await abortableSleep(Math.min(60, Math.max(1, Number.isFinite(wait) ? wait : 5)) * 1000, signal);
      continue;
    }
    if (!response.ok) throw await readApiError(response);
    const body: unknown = await response.json().catch(() => null);
    // A 202 followed to its end answers the page's rows: counted here.
    const rows = asResultPage(body);
    if (rows) return countOf(rows);
    if (!isCountPage(body)) throw new ApiRequestError("The server answered with counts the page cannot read.", response.status, { code: "internal" });
    return body;
  }
}

const isCountPage = (body: unknown): body is CountPage => typeof body === "object" && body !== null && typeof (body as CountPage).counted === "number";
