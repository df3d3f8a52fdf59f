import type { SimilarHash } from "@/lib/investigate/similar-hashes";
import { similarOf } from "@/lib/investigate/similar-of";
import type { SimilarMatch, SimilarPage } from "@/lib/investigate/similar-page";
import { routes } from "@/lib/routes";
import { scanPage } from "./scan-page";

// "Similar by hash": pages through a search 1,000 at a time through GET /api/similar, which answers each
// page as its messages with the hash (./scan-page.ts). A look is a few pages, never the whole search: it
// says how far it got, and the next look starts there.

/** Pages of 1,000 one look reads at most: 5,000 messages, five calls of the upstream budget. */
export const PAGES_PER_LOOK = 5;
/** Matches one look keeps at most. */
export const MATCHES_PER_LOOK = 100;

export type SimilarLook = { matches: SimilarMatch[]; scanned: number; next: string | null };

export async function lookForSimilar(
  search: URLSearchParams,
  by: SimilarHash,
  hash: string,
  from: string | null,
  onProgress: (look: SimilarLook) => void,
  signal: AbortSignal,
): Promise<SimilarLook> {
  const look: SimilarLook = { matches: [], scanned: 0, next: from };
  for (let page = 0; page < PAGES_PER_LOOK && look.matches.length < MATCHES_PER_LOOK; page++) {
    const query = new URLSearchParams(search);
    query.set("by", by);
    query.set("hash", hash);
    if (look.next) query.set("cursor", look.next);
    const answer = await scanPage(routes.api.similar(query.toString()), { fromRows: (rows) => similarOf(rows, by, hash), is: isSimilarPage }, signal);
    look.scanned += answer.scanned;
    look.matches.push(...answer.matches.slice(0, MATCHES_PER_LOOK - look.matches.length));
    look.next = answer.next;
    onProgress({ ...look, matches: [...look.matches] });
    if (!look.next) break;
  }
  return look;
}

const isSimilarPage = (body: unknown): body is SimilarPage =>
  typeof body === "object" && body !== null && typeof (body as SimilarPage).scanned === "number" && Array.isArray((body as SimilarPage).matches);
