import "server-only";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { isBudgetRefusal } from "@/lib/budget/budget-refusal";
import { BACKGROUND_PREFIX } from "@/lib/budget/upstream-budget";
import { runAsUser } from "@/lib/budget/current-user";
import type { InvestigateQuery } from "@/lib/cloudflare/investigate-query";
import type { SearchOutcome } from "@/lib/cloudflare/search";
import { getConfig } from "@/lib/config/env";
import { withDatabase } from "@/lib/db/database";
import { countPage, timeOf } from "@/lib/overview/day-tally";
import { filterQuery, scopeOf, type OverviewFilters } from "@/lib/overview/overview-scope";
import { daysToCount, runsOf } from "@/lib/overview/days-to-count";
import { sumOf, type OverviewAnswer } from "@/lib/overview/overview-answer";
import { claimCounting, readDays, releaseCounting, saveDays } from "@/lib/overview/overview-records";
import { figureKey, type KeptFigure } from "@/lib/overview/kept-figures";
import { daysBefore, daysBetween, dayStart, isoSeconds, emptyTally, nextDay, OVERVIEW_BUDGET_SHARE, TALLY_VERSION, topOf, utcDay, type DayTally } from "@/lib/overview/overview-values";
import { triageFiguresOf } from "@/lib/triage/triage";
import { processWide } from "@/lib/process-wide";
import { getCloudflareClient } from "./upstream";

// The manager's overview: Cloudflare's detections of a period (and of the period before, for the
// change), counted per UTC day and kept in the database. Asking for it answers at once with what is
// known, and starts counting what is not, in the background: one search per run of days to count,
// paged 1,000 at a time, so a cold period costs about as many calls as it has pages of detections. The
// counting spends the budget as background work ("background:overview"), paced to OVERVIEW_BUDGET_SHARE
// of it and not one of the users the budget is split between, so analysts are never starved; of several replicas, the one that claims the counting does it.

const PER_PAGE = 1_000;
/** The budget user the counting spends as: background work, which does not shrink analysts' shares. */
const COUNTER = `${BACKGROUND_PREFIX}overview`;
/** How long a claim on the counting lasts without being renewed (each page renews it). */
const CLAIM_MS = 60_000;
/** How long after a failed count the next one may start. */
const RETRY_AFTER_FAILURE_MS = 30_000;

const state = processWide("overview-counting", () => ({
  running: null as Promise<void> | null,
  messagesRead: 0,
  failure: null as string | null,
  failedAt: Number.NEGATIVE_INFINITY,
  lastCallAt: 0,
  replica: randomUUID(),
}));

/** The overview of the UTC days `days` (oldest first), as counted so far; counting what is missing starts now. */
export async function overviewOf(days: readonly string[], filters: OverviewFilters = {}, now = Date.now()): Promise<OverviewAnswer> {
  const before = daysBefore(days);
  const scope = scopeOf(filters);
  // The team's triage of the period does not depend on the counts: read alongside them.
  const [known, triage] = await Promise.all([
    withDatabase("read the overview", (db) => readDays(db, scope, [...before, ...days])),
    triageFiguresOf(new Date(dayStart(days[0] ?? "")), new Date(dayStart(nextDay(days.at(-1) ?? ""))), filters),
  ]);
  const pending = daysToCount([...before, ...days], known, now);
  // After a failure, counting starts again only a while later: a page polling every 2 s must not turn
  // Cloudflare's outage into a call every 2 s.
  if (pending.length > 0 && state.running === null && now - state.failedAt >= RETRY_AFTER_FAILURE_MS) {
    state.failure = null;
    state.running = count(pending, filters, now).finally(() => (state.running = null));
  }
  const tallies = days.map((day) => known.get(day)?.tally ?? null);
  const previous = before.map((day) => known.get(day)?.tally ?? null);
  const countedAt = days.map((day) => known.get(day)?.countedAt.getTime()).filter((time): time is number => time !== undefined);
  return {
    period: days.length,
    filters,
    days: days.map((day, index) => ({ day, tally: tallies[index] ?? null })),
    totals: sumOf(tallies),
    previous: previous.every((tally) => tally !== null) ? sumOf(previous) : null,
    counting: { pendingDays: pending.length, messagesRead: state.messagesRead, failure: state.failure },
    countedSince: countedAt.length > 0 ? new Date(Math.min(...countedAt)).toISOString() : null,
    top: {
      recipients: topOf(tallies, (tally) => tally.recipients),
      senderDomains: topOf(tallies, (tally) => tally.senderDomains),
      categories: topOf(tallies, (tally) => tally.categories),
      capped: tallies.some((tally) => tally?.capped === true),
    },
    triage,
  };
}

export type Listed = { messages: NonNullable<DayTally["listed"]>; unlisted: number; uncounted: string[] };

/** The messages of a figure the search cannot reproduce, as kept with the days' counts, newest first; no upstream call. */
export async function listedOf(figure: KeptFigure, first: string, last: string, filters: OverviewFilters, within: { from: number; to: number } | null = null): Promise<Listed> {
  const days = daysBetween(first, last);
  const key = figureKey(figure);
  const known = await withDatabase("read the overview", (db) => readDays(db, scopeOf(filters), days, { withListed: true }));
  const kept = (day: string) => {
    const tally = known.get(day)?.tally;
    return tally && (tally.version ?? 1) >= TALLY_VERSION ? tally : null;
  };
  const inside = (at: string | null) => {
    if (!within) return true;
    const time = timeOf({ scanned_at: at, ts: null });
    return time !== null && time >= within.from && time <= within.to;
  };
  const messages = days.flatMap((day) => (kept(day)?.listed ?? []).filter((message) => message.figures?.includes(key) && inside(message.at)));
  messages.sort((a, b) => (b.at ?? "").localeCompare(a.at ?? ""));
  return {
    messages,
    unlisted: days.reduce((sum, day) => sum + (kept(day)?.unlistedBy?.[key] ?? 0), 0),
    uncounted: days.filter((day) => kept(day) === null),
  };
}

async function count(days: string[], filters: OverviewFilters, now: number): Promise<void> {
  const { replica } = state;
  const scope = scopeOf(filters);
  const claimed = await withDatabase("claim the overview's counting", (db) => claimCounting(db, scope, replica, Date.now(), Date.now() + CLAIM_MS)).catch(() => false);
  if (!claimed) return;
  try {
    for (const run of runsOf(days)) await countRun(run, filters, now);
  } catch (error) {
    state.failure = error instanceof Error ? error.message : "Counting failed.";
    state.failedAt = Date.now();
  } finally {
    await withDatabase("release the overview's counting", (db) => releaseCounting(db, scope, replica)).catch(() => undefined);
  }
}

/**
 * Counts one run of consecutive days with one search, paged. Cloudflare answers newest first: while
 * the results keep that order, each day newer than the oldest result so far is complete and is kept at
 * once, so the page shows days as they are counted; should the order ever break, the days are kept only
 * once all are read.
 */
async function countRun(run: { first: string; last: string; days: string[] }, filters: OverviewFilters, now: number): Promise<void> {
  const scope = scopeOf(filters);
  const tallies = new Map<string, DayTally>(run.days.map((day) => [day, emptyTally()]));
  const end = Math.min(dayStart(nextDay(run.last)) - 1_000, now);
  const query = { ...Object.fromEntries(filterQuery(filters)), start: isoSeconds(dayStart(run.first)), end: isoSeconds(end), detections_only: true, per_page: PER_PAGE };
  const kept = new Set<string>();
  const keep = async (days: string[]) => {
    const ready = new Map(days.filter((day) => !kept.has(day)).map((day) => [day, tallies.get(day) ?? emptyTally()]));
    await withDatabase("keep the overview's counts", (db) => saveDays(db, scope, ready, new Date()));
    for (const day of ready.keys()) kept.add(day);
  };
  let oldest = Number.POSITIVE_INFINITY;
  let newestFirst = true;
  let cursor: string | undefined;
  do {
    const page = await readPage(cursor ? { ...query, cursor } : query);
    countPage(tallies, page.messages, page.unreadable.length, run.last);
    state.messagesRead += page.messages.length;
    for (const message of page.messages) {
      const time = timeOf(message);
      if (time === null) continue;
      if (time > oldest) newestFirst = false;
      oldest = Math.min(oldest, time);
    }
    cursor = page.resultInfo.next ?? undefined;
    if (cursor && newestFirst && Number.isFinite(oldest)) await keep(run.days.filter((day) => day > utcDay(oldest)));
    await withDatabase("renew the overview's claim", (db) => claimCounting(db, scope, state.replica, Date.now(), Date.now() + CLAIM_MS));
  } while (cursor);
  await keep(run.days);
}

/** One page of the search, paced to the overview's share of the budget, through Cloudflare's 202 and the budget's refusals. */
async function readPage(query: InvestigateQuery): Promise<Extract<SearchOutcome, { kind: "page" }>> {
  const client = getCloudflareClient();
  let pending: Extract<SearchOutcome, { kind: "pending" }> | null = null;
  for (;;) {
    await paced();
    let outcome: SearchOutcome;
    try {
      const from: Extract<SearchOutcome, { kind: "pending" }> | null = pending;
      outcome = await runAsUser(COUNTER, (): Promise<SearchOutcome> => (from ? client.continueSearch(from.location, from) : client.search(query)));
    } catch (error) {
      if (!isBudgetRefusal(error)) throw error;
      await sleep(error.retryAfterSeconds * 1_000);
      continue;
    }
    if (outcome.kind === "page") return outcome;
    pending = outcome;
    await sleep(outcome.retryAfterMs);
  }
}

/** Waits until a call is due: OVERVIEW_BUDGET_SHARE of the budget's calls, spread over its window. */
async function paced(): Promise<void> {
  const { limit, windowMs } = getConfig().budget;
  const interval = windowMs / Math.max(1, Math.floor(limit * OVERVIEW_BUDGET_SHARE));
  const due = state.lastCallAt + interval;
  if (due > Date.now()) await sleep(due - Date.now());
  state.lastCallAt = Date.now();
}

