import { countOf } from "@/lib/investigate/count-of";
import type { CountPage } from "@/lib/investigate/count-page";
import { routes } from "@/lib/routes";
import { scanPage } from "./scan-page";

// "Count all": pages through a whole search 1,000 at a time through GET /api/counts, which answers each
// page as counts, not rows (./scan-page.ts).

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

function countPage(query: URLSearchParams, signal: AbortSignal): Promise<CountPage> {
  return scanPage(routes.api.counts(query.toString()), { fromRows: countOf, is: isCountPage }, signal);
}

const isCountPage = (body: unknown): body is CountPage => typeof body === "object" && body !== null && typeof (body as CountPage).counted === "number";
