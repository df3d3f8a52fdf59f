"use client";

import { useQueryClient } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import { useRef } from "react";
import { Results } from "@/components/results/results";
import { forgetPosition } from "@/components/results/result-position";
import { useSearchResults } from "@/components/results/use-search-results";
import { useTimeZoneMode } from "@/lib/preferences/time-zone-store";
import { messageKeys } from "@/lib/queries/message-keys";
import type { SearchUrlState } from "@/lib/search-url/parsers";
import { sameSearch, searchToQuery } from "@/lib/search-url/search-url";
import { SearchForm } from "./search-form";
import { UrlProblems } from "./url-problems";
import { useKeyboardShortcuts } from "./use-keyboard-shortcuts";
import { useSearchUrl } from "./use-search-url";

/** The search page: the URL holds the search, the form edits it, the results show it. */
export function SearchPage() {
  const { search, problems, given, urlQuery, setSearch } = useSearchUrl();
  const mode = useTimeZoneMode();
  const queryClient = useQueryClient();
  const searchBoxRef = useRef<HTMLInputElement>(null);
  const searchQuery = searchToQuery(search).toString();
  // A link the page did not fully understand waits for the user: the rest of it, run alone, would list
  // other messages than the link asks for, and a list on screen is read before any notice above it.
  const understood = problems.length === 0;
  const results = useSearchResults(search, understood);
  // A message opened from the results shows over them (app/messages/@modal); the list stays mounted
  // underneath, and `/` must not pull the focus out of the message into the search box behind it.
  const listInFront = usePathname() === "/messages";

  useKeyboardShortcuts(
    {
      "/": (event) => {
        event.preventDefault();
        searchBoxRef.current?.focus();
      },
    },
    listInFront,
  );

  const submit = (next: SearchUrlState) => {
    const nextQuery = searchToQuery(next).toString();
    forgetPosition(nextQuery);
    // Running the same search again means "fresh results": start over from the first page (a relative
    // range then covers up to now) rather than refetching every page loaded so far.
    if (understood && sameSearch(next, search)) void queryClient.resetQueries({ queryKey: messageKeys.search(nextQuery), exact: true });
    else setSearch(next);
  };

  return (
    <>
      {!understood && <UrlProblems problems={problems} onSearchWithout={() => setSearch(search)} />}
      <SearchForm
        key={urlQuery}
        search={search}
        url={{ given, problems }}
        mode={mode}
        serverErrors={results.error?.details.fields}
        searchBoxRef={searchBoxRef}
        onSubmit={submit}
      />
      {understood && <Results search={search} searchQuery={searchQuery} results={results} inFront={listInFront} />}
    </>
  );
}
