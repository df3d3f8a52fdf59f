import { expect, type APIRequestContext } from "@playwright/test";
import { pendingSearchSchema, resultPageSchema, type ResultPage } from "@/lib/investigate/result-page";

// Reading the API directly, as the page does, to compare what the browser shows with what it should.

/** Walks GET /api/messages directly, as the page does (202s followed), for `pages` pages (all when omitted). */
export async function walkApi(request: APIRequestContext, query: string, pages = Infinity): Promise<ResultPage["messages"]> {
  const messages: ResultPage["messages"] = [];
  let cursor: string | null = null;
  for (let page = 0; page < pages; page++) {
    const url: string = `/api/messages?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    let response = await request.get(url);
    for (let polls = 0; response.status() === 202 && polls < 30; polls++) {
      const pending = pendingSearchSchema.parse(await response.json());
      await new Promise((resolve) => setTimeout(resolve, 500));
      response = await request.get(pending.location);
    }
    expect(response.status(), url).toBe(200);
    const body = resultPageSchema.parse(await response.json());
    messages.push(...body.messages);
    cursor = body.next;
    if (!cursor) break;
  }
  return messages;
}

/** A fixed window (whole seconds, so the URL and the API agree) ending now. */
export function fixedWindow(days: number): { start: string; end: string } {
  const end = Math.floor(Date.now() / 1000) * 1000;
  const iso = (time: number) => new Date(time).toISOString().replace(".000Z", "Z");
  return { start: iso(end - days * 86_400_000), end: iso(end) };
}
