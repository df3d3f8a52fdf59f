import type { Message } from "./message";
import type { ResultPage } from "./result-page";
import type { SimilarHash } from "./similar-hashes";
import type { SimilarPage } from "./similar-page";

// Free of zod, like count-of.ts: the message page finds similar messages in a slow search's rows with it
// too, and zod stays out of the page's first load.


/** The message field each hash is read from. */
export const HASH_FIELDS = { structure: "htmltext_structure_hash", edf: "edf_hash" } as const satisfies Record<SimilarHash, keyof Message>;

/** The messages of a page with this hash. */
export function similarOf(page: Pick<ResultPage, "messages" | "unreadable" | "next">, by: SimilarHash, hash: string): SimilarPage {
  const field = HASH_FIELDS[by];
  const matches = page.messages
    .filter((message) => message[field] === hash)
    .map(({ id, subject, from, scanned_at, final_disposition }) => ({ id, subject, from, scanned_at, final_disposition }));
  return { scanned: page.messages.length + page.unreadable.length, matches, next: page.next };
}
