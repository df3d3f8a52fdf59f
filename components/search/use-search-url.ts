"use client";

import { useQueryStates } from "nuqs";
import { searchUrlParsers } from "@/lib/search-url/parsers";

/** The search in the page's URL. Each new search is a history entry, so back and forward move between them. */
export function useSearchUrl() {
  return useQueryStates(searchUrlParsers, { history: "push" });
}
