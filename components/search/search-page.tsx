"use client";

import { useQueryClient } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { focusSearchBox, takeSearchBoxFocusRequest } from "@/components/keyboard/search-box-focus";
import { useShortcuts } from "@/components/keyboard/use-shortcuts";
import { Results } from "@/components/results/results";
import { forgetPosition } from "@/components/results/result-position";
import { useSearchResults } from "@/components/results/use-search-results";
import { useTimeZoneMode } from "@/lib/preferences/time-zone-store";
import { messageKeys } from "@/lib/queries/message-keys";
import type { SearchUrlState } from "@/lib/search-url/parsers";
import { sameSearch, searchToQuery } from "@/lib/search-url/search-url";
import { SearchForm } from "./search-form";
import { UrlProblems } from "./url-problems";
import { useSearchUrl } from "./use-search-url";

/** The search page: the URL holds the search, the form edits it, the results show it. */
export function SearchPage({ viewer }: { viewer: { id: string; role: "analyst" | "manager" } }) {
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
  // underneath, behind the message's keys and focus.
  const listInFront = usePathname() === "/messages";

  useShortcuts("list", {
    "/": (event) => {
      event.preventDefault();
      focusSearchBox(searchBoxRef.current);
    },
  });
  // `/` pressed on a message comes back here asking for the box.
  useEffect(() => {
    if (listInFront && takeSearchBoxFocusRequest()) focusSearchBox(searchBoxRef.current);
  }, [listInFront]);

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
      {understood && <Results search={search} searchQuery={searchQuery} results={results} inFront={listInFront} viewer={viewer} />}
    </>
  );
}
