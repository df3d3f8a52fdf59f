"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import type { SearchUrlState } from "@/lib/search-url/parsers";
import { readSearchUrl } from "@/lib/search-url/read-search-url";
import { searchToQuery } from "@/lib/search-url/search-url";

// The search in the page's URL, read the same way the server reads it (problems included). A new search
// replaces the whole query string, so a part of the URL the page did not understand cannot linger
// after it; Next keeps its router in step with history.pushState. Each search is a history entry, so
// back and forward move between them.

export function useSearchUrl() {
  const urlQuery = useSearchParams().toString();
  const reading = useMemo(() => readSearchUrl(new URLSearchParams(urlQuery)), [urlQuery]);
  const setSearch = useCallback((next: SearchUrlState) => {
    const query = searchToQuery(next).toString();
    window.history.pushState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
  }, []);
  return { ...reading, urlQuery, setSearch };
}
