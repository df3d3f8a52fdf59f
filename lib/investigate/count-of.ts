import type { CountPage } from "./count-page";
import type { ResultPage } from "./result-page";

/** A page of a search as counts by disposition (free of zod: the browser counts a slow search's rows with it too). */
export function countOf(page: Pick<ResultPage, "messages" | "unreadable" | "next">): CountPage {
  const byDisposition: Record<string, number> = {};
  for (const message of page.messages) {
    const disposition = message.final_disposition ?? "none given";
    byDisposition[disposition] = (byDisposition[disposition] ?? 0) + 1;
  }
  return { counted: page.messages.length + page.unreadable.length, unreadable: page.unreadable.length, byDisposition, next: page.next };
}
