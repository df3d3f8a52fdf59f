import { parseInvestigateQuery, type SearchQuery } from "../contract/search-query";
import type { ActiveFaults } from "../faults";
import type { ResolvedOptions } from "../options";
import type { Mailboxes } from "../remediation/mailboxes";
import type { Cursor } from "../search/cursor";
import { decodeCursor } from "../search/cursor";
import { compileSearch } from "../search/filters";
import { runSearch } from "../search/run-search";
import type { MessageStore } from "../store";
import type { Reply } from "./envelope";
import { invalid, notFound, ok } from "./envelope";
import type { HeldSearch, PendingSearches, Readiness } from "./pending-searches";
import { pollPath } from "./routes";

// GET …/investigate and its 202 poll URL. Input is validated against the emulator's own copy of
// Cloudflare's contract (contract/search-query.ts). A search with a cursor continues results that were
// already ready, so it is never slow on its own.

export type SearchContext = {
  readonly options: ResolvedOptions;
  readonly store: MessageStore;
  readonly pending: PendingSearches;
  /** What was done to messages since they were generated: results show them as they stand now. */
  readonly mailboxes: Mailboxes;
};

type Parsed = { readonly ok: true; readonly search: SearchQuery; readonly cursor: Cursor | null } | { readonly ok: false; readonly reply: Reply };

function parse(query: URLSearchParams): Parsed {
  const parsed = parseInvestigateQuery(query, Date.now());
  if (!parsed.ok) return { ok: false, reply: invalid(parsed.issues) };
  const cursorText = parsed.search.cursor;
  const cursor = cursorText === undefined ? null : decodeCursor(cursorText);
  if (cursorText !== undefined && cursor === null) return { ok: false, reply: invalid([{ path: "cursor", message: "Malformed cursor: pass result_info.next from a previous page." }]) };
  return { ok: true, search: parsed.search, cursor };
}

function page(context: SearchContext, search: SearchQuery, cursor: Cursor | null): Reply {
  const perPage = search.per_page ?? context.options.defaultPerPage;
  const result = runSearch(context.store, compileSearch(search, context.options.now), perPage, cursor);
  const messages = result.records.map((record) => {
    const message = context.mailboxes.message(record);
    return search.action_log === false ? { ...message, action_log: [] } : message;
  });
  return ok("search", messages, {
    resultInfo: { count: messages.length, per_page: perPage, page: 0, total_count: 0, next: result.next, previous: result.previous },
  });
}

function accepted(context: SearchContext, url: URL, pending: HeldSearch, perPage: number, override: string | null): Reply {
  const path = pollPath(context.options.accountId, pending.id);
  const location = override ?? pending.location ?? (context.options.locationStyle === "absolute" ? `${url.origin}${path}` : path);
  // Cloudflare sends result: [] on 202; the rows come from Location.
  return ok("search", [], {
    status: 202,
    resultInfo: { count: 0, per_page: perPage, page: 0, total_count: 0, next: null, previous: null },
    headers: { location, "retry-after": "1" },
  });
}

export function handleSearch(context: SearchContext, url: URL, faults: ActiveFaults): Reply {
  const parsed = parse(url.searchParams);
  if (!parsed.ok) return parsed.reply;
  const { search, cursor } = parsed;
  let readiness: Readiness | null = null;
  if (faults.pendingForever) readiness = { type: "never" };
  else if (faults.pendingPolls !== null) readiness = { type: "polls", pollsLeft: faults.pendingPolls };
  else if (faults.location !== null) readiness = { type: "polls", pollsLeft: 0 };
  else if (context.options.slowSearch && !cursor && search.detections_only === false) {
    const window = compileSearch(search, context.options.now);
    if (window.end - window.start > context.options.slowSearch.longerThanMs) readiness = { type: "time", readyAt: Date.now() + context.options.slowSearch.readyAfterMs };
  }
  if (readiness === null) return page(context, search, cursor);
  const pending = context.pending.create(url.searchParams.toString(), readiness, faults.location);
  return accepted(context, url, pending, search.per_page ?? context.options.defaultPerPage, null);
}

export function handlePoll(context: SearchContext, url: URL, searchId: string, faults: ActiveFaults): Reply {
  const pending = context.pending.get(searchId);
  if (!pending) return notFound(`Search ${searchId} was not found or has expired; run the search again.`);
  const original = parse(new URLSearchParams(pending.query));
  if (!original.ok) return original.reply;
  if (!context.pending.poll(pending)) return accepted(context, url, pending, original.search.per_page ?? context.options.defaultPerPage, faults.location);
  // The poll may carry its own cursor and per_page to page through the ready results.
  const paging = new URLSearchParams(pending.query);
  for (const name of ["cursor", "per_page"]) {
    const value = url.searchParams.get(name);
    if (value !== null) paging.set(name, value);
  }
  const parsed = parse(paging);
  return parsed.ok ? page(context, parsed.search, parsed.cursor) : parsed.reply;
}
