// Searches the user asked to refresh: their next first page is fetched asking for a fresh answer
// (lib/http/answer-headers.ts), so the server asks Cloudflare instead of serving its kept copy. Keyed by
// the query's hash; taken once.

const wanted = new Set<string>();

export const freshSearches = {
  ask(hash: string): void {
    wanted.add(hash);
  },
  take(hash: string): boolean {
    return wanted.delete(hash);
  },
};
