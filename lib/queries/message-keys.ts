// The searches' query keys, apart from their fetchers: the message view reads the loaded results from
// the cache by key and needs none of the search code (its parsers, schemas and polling).

export const messageKeys = {
  all: ["messages"] as const,
  searches: () => [...messageKeys.all, "search"] as const,
  /** A search, by its page's canonical query string (`searchToQuery(state).toString()`). */
  search: (searchQuery: string) => [...messageKeys.searches(), searchQuery] as const,
};
