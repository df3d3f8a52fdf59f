"use client";

import { useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { useRowSelection } from "@/components/selection/row-selection";
import { SaveView } from "@/components/views/save-view";
import { ShareLinks } from "./share-links";
import type { SearchUrlState } from "@/lib/search-url/parsers";
import { pinnedFilters } from "@/lib/search-url/search-url";
import { ColumnMenu } from "./column-menu";
import { ExportButtons } from "./export-buttons";
import { AnswerAge, EmptyResults, ResultsFooter, SearchCancelled, SearchErrorPanel, SkeletonRows, StillSearching } from "./results-status";
import { freshSearches } from "@/lib/queries/fresh-searches";
import { setGroupIdentical, useGroupIdentical } from "@/lib/preferences/grouping-store";
import { groupIdentical } from "@/lib/results/group-identical";
import { useNarrowScreen } from "@/lib/preferences/narrow-screen";
import { Button, focusRing } from "@/components/ui/button";
import { Tooltip } from "@/components/ui/tooltip";
import { TimeZoneSwitch } from "@/components/ui/time-zone-switch";
import type { SearchResults } from "./use-search-results";

// The table (TanStack Table, the column definitions and react-virtual) is drawn only once rows arrive from
// the browser's own fetch, never in the server's HTML: it loads while that fetch runs (from mount on)
// instead of before the first paint.
const loadResultsTable = () => import("./results-table").then((module) => module.ResultsTable);
const ResultsTable = dynamic(loadResultsTable, { ssr: false, loading: () => <SkeletonRows /> });
// A phone's cards instead of the table: loaded only there.
const ResultCards = dynamic(() => import("./result-cards").then((module) => module.ResultCards), { ssr: false, loading: () => <SkeletonRows /> });
// The breakdown counts loaded rows, so it shows only once they arrive, with the table: it loads alongside.
const loadBreakdown = () => import("./disposition-breakdown").then((module) => module.DispositionBreakdown);
const DispositionBreakdown = dynamic(loadBreakdown, { ssr: false });
// The bulk bar shows only once a row is picked: it loads then, not with the page.
const BulkTriage = dynamic(() => import("@/components/triage/bulk-triage").then((module) => module.BulkTriage), { ssr: false });
const CountAll = dynamic(() => import("./count-all").then((module) => module.CountAll), { ssr: false });
const BulkRemediation = dynamic(() => import("@/components/remediation/bulk-remediation").then((module) => module.BulkRemediation), { ssr: false });

type Props = {
  search: SearchUrlState;
  searchQuery: string;
  results: SearchResults;
  /** False while a message is open over the list (app/messages/@modal). */
  inFront: boolean;
  /** Who is looking: what a bulk change offers them (analysts triage, managers assign). */
  viewer: { id: string; role: "analyst" | "manager" };
};

export function Results({ search, searchQuery, results, inFront, viewer }: Props) {
  const queryClient = useQueryClient();
  const { query, rows, progress, capped, error, queryKey, hash, run } = results;
  const grouped = useGroupIdentical();
  const narrow = useNarrowScreen();
  // What the list shows: every loaded row, or one per group of identical messages. Counts, exports and the
  // footer still speak of every loaded row.
  const shownRows = useMemo(() => (grouped ? groupIdentical(rows) : rows), [grouped, rows]);
  const pickable = useMemo(() => shownRows.map((row) => (row.unreadable ? null : row.id)), [shownRows]);
  const selection = useRowSelection(pickable, searchQuery);
  // After a bulk change the triage columns of the rows in view are read again at once.
  const refreshTriage = useCallback(() => void queryClient.invalidateQueries({ queryKey: ["triage-rows"] }), [queryClient]);
  useEffect(() => {
    void loadResultsTable();
    void loadBreakdown();
  }, []);
  // Cancelling stops this search's loading until the user asks again; automatic loading must not
  // quietly restart the polling the user just stopped.
  const [stoppedHash, setStoppedHash] = useState<string | null>(null);
  const stopped = stoppedHash === hash;

  const cancel = () => {
    setStoppedHash(hash);
    void queryClient.cancelQueries({ queryKey, exact: true });
  };
  const { fetchNextPage, refetch } = query;
  const resume = useCallback(() => {
    setStoppedHash(null);
    if (query.data) void fetchNextPage();
    else void refetch();
  }, [query.data, fetchNextPage, refetch]);
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  // Runs the search again from its first page, with Cloudflare's answer of now (still within the budget).
  const refresh = () => {
    freshSearches.ask(hash);
    void queryClient.resetQueries({ queryKey, exact: true });
  };
  const answerAge = query.data?.pages[0]?.answerAgeSeconds ?? null;
  const [actOnAll, setActOnAll] = useState(false);
  /** A search without a start has no end in the past to act on. */
  const unbounded = !search.range && !search.start;
  // Which search "count all" was asked for: another search does not start counting by itself.
  const [countedSearch, setCountedSearch] = useState<string | null>(null);
  const subjectOf = (id: string) => rows.find((row) => row.id === id)?.subject ?? null;

  const hasData = query.data !== undefined;
  const canLoadMore = query.hasNextPage && !query.isFetchingNextPage && !query.isFetchNextPageError && !stopped;
  // The rows shown stay good; only the page after them failed, and only a retry (never scrolling) asks again.
  const nextPageFailed = query.isFetchNextPageError && error !== null && !query.isFetchingNextPage;

  // The end of the list is where one reads how it ended: loading more, the end, or a failure.
  const listEnd = (
    <>
      <ResultsFooter
        count={rows.length}
        loadingMore={query.isFetchingNextPage}
        hasMore={query.hasNextPage}
        capped={capped}
        stopped={stopped}
        failed={nextPageFailed}
        onContinue={resume}
      />
      {error && <SearchErrorPanel key={query.errorUpdatedAt} error={error} title={nextPageFailed ? "Loading more failed" : undefined} onRetry={resume} />}
    </>
  );
  let body: ReactNode;
  let announcement: string;
  if (!hasData) {
    // Order matters for hydration: on the server the query is idle, and it must render the same
    // skeleton the browser renders while its first fetch starts.
    if (progress) {
      body = <StillSearching since={progress.since} onCancel={cancel} />;
      announcement = "Still searching.";
    } else if (error && !query.isFetching) {
      body = <SearchErrorPanel key={query.errorUpdatedAt} error={error} onRetry={resume} />;
      announcement = "";
    } else if (stopped && !query.isFetching) {
      body = <SearchCancelled onRestart={resume} />;
      announcement = "The search was cancelled.";
    } else {
      body = <SkeletonRows />;
      announcement = "Loading results…";
    }
  } else if (rows.length === 0 && !query.hasNextPage) {
    body = <EmptyResults search={search} />;
    announcement = "Search finished: no messages.";
  } else {
    body = (
      <>
        {selection.ids.length > 0 && <BulkTriage key={searchQuery} selection={selection} viewer={viewer} onApplied={refreshTriage} />}
        {selection.ids.length > 0 && viewer.role === "analyst" && (
          <BulkRemediation key={`act-${searchQuery}`} target={{ kind: "rows", ids: selection.ids }} subjectOf={subjectOf} />
        )}
        {actOnAll && run && (
          <BulkRemediation
            key={`all-${searchQuery}`}
            target={{ kind: "search", search: pinnedFilters(search, run), loaded: rows.slice(0, 5).map((row) => row.id) }}
            subjectOf={subjectOf}
            onClose={() => setActOnAll(false)}
          />
        )}
        {narrow ? (
          <ResultCards key={searchQuery} rows={shownRows} searchQuery={searchQuery} canLoadMore={canLoadMore} loadMore={loadMore} after={listEnd} />
        ) : (
          <ResultsTable
            key={searchQuery}
            rows={shownRows}
            searchQuery={searchQuery}
            canLoadMore={canLoadMore}
            loadMore={loadMore}
            inFront={inFront}
            selection={selection}
            after={listEnd}
          />
        )}
        {progress && <StillSearching since={progress.since} onCancel={cancel} />}
        {answerAge !== null && <AnswerAge seconds={answerAge} onRefresh={refresh} />}
      </>
    );
    announcement = query.isFetchingNextPage
      ? "Loading more messages…"
      : nextPageFailed
        ? ""
        : `${rows.length.toLocaleString("en-US")} messages loaded${query.hasNextPage ? "" : ", end of results"}.`;
  }

  return (
    <section aria-labelledby="results-heading" className="mt-2 flex min-h-0 flex-1 flex-col gap-2">
      <h2 id="results-heading" className="sr-only">
        Results
      </h2>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <DispositionBreakdown rows={rows} />
          {run && rows.length > 0 ? (
            countedSearch === searchQuery ? (
              <CountAll key={searchQuery} apiQuery={new URLSearchParams(pinnedFilters(search, run))} onClose={() => setCountedSearch(null)} />
            ) : (
              <button type="button" className={`rounded text-xs font-medium text-blue-700 underline underline-offset-2 dark:text-blue-400 ${focusRing}`} onClick={() => setCountedSearch(searchQuery)}>
                Count all
              </button>
            )
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <TimeZoneSwitch />
          <Tooltip content="Show each run of messages with the same sender and subject once, with how many were loaded">
            <label className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" checked={grouped} onChange={(event) => setGroupIdentical(event.target.checked)} className={`size-4 ${focusRing}`} />
              Group identical
            </label>
          </Tooltip>
          <ColumnMenu />
          <ExportButtons rows={rows} searchQuery={searchQuery} />
          <ShareLinks search={search} run={run} />
          <SaveView search={search} />
          {viewer.role === "analyst" && run && rows.length > 0 ? (
            <Tooltip content={unbounded ? "Give the search a start to act on all of it." : null}>
              <Button aria-expanded={actOnAll} aria-disabled={unbounded || undefined} onClick={() => !unbounded && setActOnAll(true)}>
                Act on the whole search…
              </Button>
            </Tooltip>
          ) : null}
        </div>
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {body}
    </section>
  );
}
