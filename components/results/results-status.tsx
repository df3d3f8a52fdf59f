"use client";

import Link from "next/link";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import type { ApiRequestError } from "@/lib/queries/api-request-error";
import type { SearchUrlState } from "@/lib/search-url/parsers";
import { searchToQuery } from "@/lib/search-url/search-url";
import { formatDuration, useCountdown, useElapsedSeconds } from "./use-countdown";
import { routes } from "@/lib/routes";

// Every state of the results that is not rows: loading, still searching, failed, empty, ended.

export function SkeletonRows() {
  return (
    <div aria-hidden="true" className="space-y-2 rounded border border-zinc-300 p-3 dark:border-zinc-700" data-testid="skeleton">
      {Array.from({ length: 8 }, (_, index) => (
        <div key={index} className="h-8 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
      ))}
    </div>
  );
}

export function StillSearching({ since, onCancel }: { since: number; onCancel: () => void }) {
  const elapsed = useElapsedSeconds(since);
  return (
    <div className="flex items-center gap-3 rounded border border-blue-300 bg-blue-50 p-3 text-sm dark:border-blue-800 dark:bg-blue-950">
      <span className="inline-block size-3 animate-spin rounded-full border-2 border-blue-700 border-t-transparent" aria-hidden="true" />
      <p>
        Cloudflare is still searching… <span className="tabular-nums" data-testid="elapsed">{formatDuration(elapsed)}</span> so far.
      </p>
      <Button onClick={onCancel}>Cancel</Button>
    </div>
  );
}

export function SearchErrorPanel({ error, title, onRetry }: { error: ApiRequestError; title?: string; onRetry: () => void }) {
  const retryAfter = error.details.retryAfterSeconds;
  const fields = Object.entries(error.details.fields ?? {});
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50">
      <p className="font-semibold">{error.code === "rate_limited" ? "Too many searches" : (title ?? "The search failed")}</p>
      <p className="mt-1">{error.message}</p>
      {error.upstreamMessages.length > 0 && (
        <ul className="mt-1 list-disc pl-5" aria-label="Cloudflare said">
          {error.upstreamMessages.map((message, index) => (
            <li key={index}>Cloudflare: {message}</li>
          ))}
        </ul>
      )}
      {fields.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {fields.map(([name, messages]) => (
            <li key={name}>
              <code>{name}</code>: {messages.join(" ")}
            </li>
          ))}
        </ul>
      )}
      {retryAfter !== undefined ? (
        <RetryCountdown seconds={retryAfter} onRetry={onRetry} />
      ) : (
        // A refused search fails the same way again; the fix is in the form, not in a retry.
        error.code !== "bad_request" && (
          <Button className="mt-2" onClick={onRetry}>
            Retry
          </Button>
        )
      )}
    </div>
  );
}

function RetryCountdown({ seconds, onRetry }: { seconds: number; onRetry: () => void }) {
  // Fixed when the error first shows, so a re-render never pushes the next try further away; and never
  // sooner than a few seconds, so a "retry after 0" cannot turn into a tight loop of requests.
  const [until] = useState(() => Date.now() + Math.max(5, seconds) * 1000);
  const left = useCountdown(until, onRetry);
  return (
    <p className="mt-2 flex items-center gap-3">
      <span>
        Next try in <span className="tabular-nums" data-testid="retry-countdown">{formatDuration(left)}</span>.
      </span>
      <Button onClick={onRetry}>Try now</Button>
    </p>
  );
}

export function SearchCancelled({ onRestart }: { onRestart: () => void }) {
  return (
    <div className="flex items-center gap-3 rounded border border-zinc-300 p-3 text-sm dark:border-zinc-700">
      <p>Search cancelled.</p>
      <Button onClick={onRestart}>Search again</Button>
    </div>
  );
}

export function EmptyResults({ search }: { search: SearchUrlState }) {
  const hints: Array<[string, SearchUrlState]> = [];
  if (search.range !== "30d") hints.push(["Search the last 30 days", { ...search, range: "30d", start: null, end: null }]);
  if (search.detections_only !== "false") hints.push(["Include all mail, not only detections", { ...search, detections_only: "false" }]);
  if (search.final_disposition) hints.push(["Any disposition", { ...search, final_disposition: null }]);
  return (
    <div className="rounded border border-zinc-300 p-4 text-sm dark:border-zinc-700">
      <p className="font-semibold">No messages match this search.</p>
      {hints.length > 0 && (
        <>
          <p className="mt-1">Try widening it:</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {hints.map(([label, next]) => (
              <li key={label}>
                <Link className={buttonClass("secondary")} href={routes.search(searchToQuery(next).toString())}>
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function ResultsFooter({
  count,
  loadingMore,
  hasMore,
  capped,
  stopped,
  failed,
  onContinue,
}: {
  count: number;
  loadingMore: boolean;
  hasMore: boolean;
  capped: boolean;
  stopped: boolean;
  /** The next page failed: the error and its retry show beside the footer. */
  failed: boolean;
  onContinue: () => void;
}) {
  const loaded = `${count.toLocaleString("en-US")} ${count === 1 ? "message" : "messages"}`;
  let text: string;
  if (loadingMore) text = `${loaded} loaded; loading more…`;
  else if (failed) text = `${loaded} loaded; the next page failed to load.`;
  else if (capped) text = `${loaded} loaded, the most this page holds. Refine your search (a narrower time range or more filters) to see the rest.`;
  else if (!hasMore) text = `End of results: ${loaded}.`;
  else if (stopped) text = `${loaded} loaded; loading stopped.`;
  else text = `${loaded} loaded; scroll for more.`;
  return (
    <div className="flex items-center gap-3 text-sm text-zinc-700 dark:text-zinc-300">
      <p data-testid="results-footer">{text}</p>
      {stopped && hasMore && !loadingMore && !capped && !failed && <Button onClick={onContinue}>Load more</Button>}
    </div>
  );
}

/** Said when the first page came from the server's kept copy of Cloudflare's answer, with a way to ask anew. */
export function AnswerAge({ seconds, onRefresh }: { seconds: number; onRefresh: () => void }) {
  return (
    <div className="flex items-center gap-3 text-sm text-zinc-700 dark:text-zinc-300">
      <p data-testid="answer-age">
        Cloudflare answered this search {seconds} s before it loaded here: the dashboard keeps a search&apos;s answer for 30 s, so a colleague
        running the same search spends no call.
      </p>
      <Button onClick={onRefresh}>Refresh</Button>
    </div>
  );
}
