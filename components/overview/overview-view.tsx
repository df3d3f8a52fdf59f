"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { readApiError } from "@/lib/queries/api-request-error";
import type { OverviewAnswer } from "@/lib/overview/overview-answer";
import { daysInZone, type ShownDay } from "@/lib/overview/days-in-zone";
import { AUTH_CHECKS, figureParams, type KeptFigure } from "@/lib/overview/kept-figures";
import { filterQuery, type OverviewFilters } from "@/lib/overview/overview-scope";
import { dayStart, DISPOSITIONS, isoSeconds, nextDay, utcDay } from "@/lib/overview/overview-values";
import { useTimeZoneMode } from "@/lib/preferences/time-zone-store";
import { wallClock, zoneName, type TimeZoneMode } from "@/lib/preferences/time-zone";
import { TimeZoneSwitch } from "@/components/ui/time-zone-switch";
import { FILTER_DISPOSITIONS } from "@/lib/cloudflare/schemas/enums";
import { routes } from "@/lib/routes";
import { downloadText } from "@/lib/export/download";
import { overviewCsv } from "@/lib/overview/overview-csv";
import { Button } from "@/components/ui/button";
import { STATUS_LABELS, TRIAGE_STATUSES, VERDICT_LABELS, type Verdict } from "@/lib/triage/triage-values";
import { Time } from "@/components/ui/time";
import { UntrustedText } from "@/components/ui/untrusted-text";
import { DetectionsChart } from "./detections-chart";
import { DISPOSITION_COLORS } from "./disposition-colors";

// The manager's overview of a period: totals by disposition against the period before, a stacked chart
// per day, the same numbers as a table, authentication failures and where the mail is. Read again every
// 2 s while days are still being counted. Every figure the search can reproduce links to that search.

const READ_EVERY_MS = 2_000;
const FILTERABLE = new Set<string>(FILTER_DISPOSITIONS);

/** The links of the overview's figures, with its filters. */
function linksFor(filters: OverviewFilters) {
  /** The search that makes up a figure of the instants start to end; for a disposition the search cannot filter, the overview's own list of it. */
  const searchBetween = (start: number, end: number, disposition: string | null, extra: Record<string, string> = {}): string => {
    if (disposition !== null && !FILTERABLE.has(disposition)) return routes.overviewMessages(figureParams({ disposition }), utcDay(start), utcDay(end), isoSeconds(start), isoSeconds(end), filters);
    const query = new URLSearchParams({ start: isoSeconds(start), end: isoSeconds(end), detections_only: "true" });
    for (const [name, value] of filterQuery(filters)) query.set(name, value);
    for (const [name, value] of Object.entries(extra)) query.set(name, value);
    if (disposition) query.set("final_disposition", disposition);
    return routes.search(query.toString());
  };
  /** The same, for the UTC days first to last. */
  const searchFor = (first: string, last: string, disposition: string | null, extra: Record<string, string> = {}) => searchBetween(dayStart(first), dayStart(nextDay(last)) - 1_000, disposition, extra);
  /** The overview's own list of a figure the search cannot reproduce, for the UTC days first to last. */
  const keptFor = (first: string, last: string, figure: KeptFigure) => routes.overviewMessages(figureParams(figure), first, last, undefined, undefined, filters);
  return { searchBetween, searchFor, keptFor };
}

/** The period's days as shown: in the user's zone when they chose it and the hours are kept, else in UTC. */
function shownDays(data: OverviewAnswer, mode: TimeZoneMode): { days: ShownDay[]; zone: string } {
  if (mode === "local" && zoneName("local") !== "UTC") {
    const local = daysInZone(data.days, (time) => wallClock(new Date(time), "local").slice(0, 10));
    if (local) return { days: local, zone: zoneName("local") };
  }
  const days = data.days.map(({ day, tally }) => ({ day, counts: tally?.byDisposition ?? {}, total: tally?.total ?? null, start: dayStart(day), end: dayStart(nextDay(day)) - 1_000, partial: false }));
  return { days, zone: "UTC" };
}

async function readOverview(apiQuery: string, signal: AbortSignal): Promise<OverviewAnswer> {
  const response = await fetch(routes.api.overview(apiQuery), { signal, cache: "no-store" });
  if (!response.ok) throw await readApiError(response);
  return (await response.json()) as OverviewAnswer;
}

export function OverviewView({ initial, apiQuery }: { initial: OverviewAnswer; apiQuery: string }) {
  const { data, error } = useQuery({
    queryKey: ["overview", apiQuery],
    queryFn: ({ signal }) => readOverview(apiQuery, signal),
    initialData: initial,
    refetchInterval: (query) => ((query.state.data?.counting.pendingDays ?? 0) > 0 ? READ_EVERY_MS : false),
  });
  const first = data.days[0]?.day ?? "";
  const last = data.days.at(-1)?.day ?? "";
  const seen = DISPOSITIONS.filter((name) => (data.totals.byDisposition[name] ?? 0) > 0 || (data.previous?.byDisposition[name] ?? 0) > 0);
  const others = Object.keys(data.totals.byDisposition).filter((name) => !(DISPOSITIONS as readonly string[]).includes(name));
  const columns = [...seen, ...others];
  const { total } = data.totals;
  const { searchFor, searchBetween, keptFor } = linksFor(data.filters);
  const shown = shownDays(data, useTimeZoneMode());
  const byName = new Map(shown.days.map((day) => [day.day, day]));
  const rate = (count: number) => (total > 0 ? `${((count / total) * 100).toFixed(1)} %` : "—");

  return (
    <div className="flex flex-col gap-6">
      <div className="flex gap-2 print:hidden">
        <Button onClick={() => downloadText(overviewCsv(data, columns), `overview-${first}-to-${last}.csv`, "text/csv;charset=utf-8")}>Download CSV</Button>
        <Button onClick={() => window.print()}>Print</Button>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-zinc-700 dark:text-zinc-300">
        {data.counting.failure
          ? `Counting stopped: ${data.counting.failure}. What is shown was counted before.`
          : data.counting.pendingDays > 0
            ? `Counting ${data.counting.pendingDays} day${data.counting.pendingDays === 1 ? "" : "s"} in the background (${data.counting.messagesRead.toLocaleString("en-US")} detections read so far); what is known shows now.`
            : "Every day of the period is counted."}
        {data.countedSince ? (
          <>
            {" "}
            The oldest of these counts was made <Time iso={data.countedSince} />.
          </>
        ) : null}
        {error ? ` The overview could not be read just now: ${error.message}` : ""}
      </p>

      <section aria-labelledby="totals-heading">
        <h2 id="totals-heading" className="mb-2 text-base font-semibold">
          Detections, {first} to {last} (UTC)
          {data.filters.recipient ? `, to ${data.filters.recipient}` : ""}
          {data.filters.sender ? `, from ${data.filters.sender}` : ""}
        </h2>
        <table className="text-sm" data-testid="overview-totals">
          <caption className="sr-only">Detections by disposition in the period, against the period before</caption>
          <thead className="text-left text-zinc-600 dark:text-zinc-400">
            <tr>
              <th scope="col" className="py-1 pr-6 font-medium">Disposition</th>
              <th scope="col" className="py-1 pr-6 text-right font-medium">This period</th>
              <th scope="col" className="py-1 pr-6 text-right font-medium">Period before</th>
              <th scope="col" className="py-1 text-right font-medium">Change</th>
            </tr>
          </thead>
          <tbody>
            {[...columns, "Total"].map((name) => {
              const now = name === "Total" ? total : (data.totals.byDisposition[name] ?? 0);
              const before = data.previous ? (name === "Total" ? data.previous.total : (data.previous.byDisposition[name] ?? 0)) : null;
              const href = name === "Total" ? searchFor(first, last, null) : searchFor(first, last, name);
              return (
                <tr key={name} data-disposition={name} className={name === "Total" ? "border-t border-zinc-200 font-medium dark:border-zinc-800" : ""}>
                  <th scope="row" className="py-1 pr-6 text-left font-normal">
                    {name !== "Total" ? <span aria-hidden className="mr-2 inline-block size-2.5 rounded-sm" style={{ background: DISPOSITION_COLORS[name] ?? "#71717a" }} /> : null}
                    <Link className="text-blue-700 underline dark:text-blue-400" href={href}>
                      {name}
                    </Link>
                  </th>
                  <td className="py-1 pr-6 text-right tabular-nums" data-testid="total">
                    {now.toLocaleString("en-US")}
                  </td>
                  <td className="py-1 pr-6 text-right tabular-nums">{before === null ? "counting…" : before.toLocaleString("en-US")}</td>
                  <td className="py-1 text-right tabular-nums">{change(now, before)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="per-day-heading">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="per-day-heading" className="text-base font-semibold">
            Per day ({shown.zone})
          </h2>
          <div className="print:hidden">
            <TimeZoneSwitch />
          </div>
        </div>
        {shown.zone !== "UTC" ? <p className="mb-1 text-xs text-zinc-600 dark:text-zinc-400">Days in {shown.zone}; the totals above are of the UTC days, so the first and last day here are partly outside them.</p> : null}
        <DetectionsChart
          days={shown.days.map((day) => ({ day: day.day, counts: day.counts }))}
          dispositions={columns}
          hrefFor={(day, name) => {
            const shownDay = byName.get(day);
            return shownDay ? searchBetween(shownDay.start, shownDay.end, name) : searchFor(day, day, name);
          }}
        />
        <details className="mt-2 text-sm print:hidden">
          <summary className="cursor-pointer">The numbers per day</summary>
          <DaysTable days={shown.days} zone={shown.zone} columns={columns} testId="overview-days" />
        </details>
        {/* Printed, the numbers are always there: a report on paper cannot be unfolded. */}
        <div className="hidden print:block">
          <DaysTable days={shown.days} zone={shown.zone} columns={columns} testId="overview-days-printed" />
        </div>
      </section>

      <section aria-labelledby="state-heading" className="grid gap-6 sm:grid-cols-2">
        <div>
          <h2 id="state-heading" className="mb-2 text-base font-semibold">
            Authentication failures
          </h2>
          <dl className="grid grid-cols-[auto_auto] gap-x-6 text-sm">
            {AUTH_CHECKS.map((name) => (
              <div key={name} className="contents">
                <dt>
                  <Link className="text-blue-700 underline dark:text-blue-400" href={keptFor(first, last, { auth: name })}>
                    {name.toUpperCase()} fail
                  </Link>
                </dt>
                <dd className="text-right tabular-nums">
                  {data.totals.authFailures[name].toLocaleString("en-US")} ({rate(data.totals.authFailures[name])})
                </dd>
              </div>
            ))}
          </dl>
        </div>
        <div>
          <h2 className="mb-2 text-base font-semibold">Where the detected mail is</h2>
          <dl className="grid grid-cols-[auto_auto] gap-x-6 text-sm">
            {(
              [
                ["Quarantined", data.totals.quarantined, { delivery_status: "quarantined" }],
                ["Moved after delivery", data.totals.moved, { message_action: "MOVED" }],
                ["Released from quarantine", data.totals.released, { message_action: "QUARANTINE_RELEASED" }],
              ] as const
            ).map(([label, count, filter]) => (
              <div key={label} className="contents">
                <dt>
                  <Link className="text-blue-700 underline dark:text-blue-400" href={searchFor(first, last, null, filter)}>
                    {label}
                  </Link>
                </dt>
                <dd className="text-right tabular-nums">
                  {count.toLocaleString("en-US")} ({rate(count)})
                </dd>
              </div>
            ))}
          </dl>
        </div>
      </section>
      <section aria-labelledby="top-heading" className="grid gap-6 md:grid-cols-3">
        <h2 id="top-heading" className="sr-only">
          Most targeted and most seen
        </h2>
        <Ranking title="Most targeted recipients" rows={data.top.recipients} hrefFor={(name) => searchFor(first, last, null, { recipient: name })} testId="top-recipients" />
        <Ranking title="Top sender domains" rows={data.top.senderDomains} hrefFor={(name) => searchFor(first, last, null, { sender: name })} testId="top-sender-domains" />
        <Ranking title="Threat categories" rows={data.top.categories} hrefFor={(name) => keptFor(first, last, { category: name })} testId="top-categories" />
        {data.top.capped ? <p className="text-xs text-zinc-600 md:col-span-3 dark:text-zinc-400">Some days had more names than the overview keeps (300 a day): these lists may leave out names of a few detections each.</p> : null}
      </section>

      <section aria-labelledby="triage-heading">
        <h2 id="triage-heading" className="mb-2 text-base font-semibold">
          The team&apos;s triage of the period&apos;s messages
        </h2>
        <dl className="grid grid-cols-[auto_auto] gap-x-6 text-sm sm:grid-cols-[auto_auto_auto_auto]" data-testid="overview-triage">
          {TRIAGE_STATUSES.map((status) => (
            <div key={status} className="contents">
              <dt>
                <Link className="text-blue-700 underline dark:text-blue-400" href={routes.queue(`view=all&status=${status}`)}>
                  {STATUS_LABELS[status]}
                </Link>
              </dt>
              <dd className="text-right tabular-nums" data-testid={`triage-${status}`}>
                {(data.triage.byStatus[status] ?? 0).toLocaleString("en-US")}
              </dd>
            </div>
          ))}
          <dt>Median time to resolution</dt>
          <dd className="text-right tabular-nums" data-testid="triage-median">
            {data.triage.medianResolutionMs === null ? "—" : duration(data.triage.medianResolutionMs)}
          </dd>
        </dl>
        {Object.keys(data.triage.verdicts).length > 0 ? (
          <p className="mt-2 text-sm">
            Verdicts:{" "}
            {Object.entries(data.triage.verdicts)
              .map(([verdict, n]) => `${VERDICT_LABELS[verdict as Verdict] ?? verdict} ${n.toLocaleString("en-US")}`)
              .join(", ")}
          </p>
        ) : null}
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          Of the messages received in the period that anyone triaged; a message nobody opened is not in the queue.{data.filters.recipient || data.filters.sender ? " Only the messages of the recipient or sender above." : ""}
        </p>
      </section>

      {data.totals.unreadable > 0 ? <p className="text-sm">{data.totals.unreadable.toLocaleString("en-US")} results Cloudflare sent could not be read and are not in the figures above.</p> : null}
    </div>
  );
}

function DaysTable({ days, zone, columns, testId }: { days: ShownDay[]; zone: string; columns: string[]; testId: string }) {
  return (
    <table className="mt-2 text-xs" data-testid={testId}>
      <caption className="sr-only">Detections per day by disposition</caption>
      <thead className="text-left text-zinc-600 dark:text-zinc-400">
        <tr>
          <th scope="col" className="pr-4 font-medium">
            Day ({zone})
          </th>
          {columns.map((name) => (
            <th key={name} scope="col" className="pr-4 text-right font-medium">
              {name}
            </th>
          ))}
          <th scope="col" className="text-right font-medium">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.day}>
            <th scope="row" className="pr-4 text-left font-normal">
              {day.day}
              {day.partial ? " (part)" : ""}
            </th>
            {columns.map((name) => (
              <td key={name} className="pr-4 text-right tabular-nums">
                {day.total === null ? "…" : (day.counts[name] ?? 0).toLocaleString("en-US")}
              </td>
            ))}
            <td className="text-right tabular-nums">{day.total === null ? "counting…" : day.total.toLocaleString("en-US")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Ranking({ title, rows, hrefFor, testId }: { title: string; rows: { name: string; count: number }[]; hrefFor: (name: string) => string; testId: string }) {
  return (
    <div>
      <h3 className="mb-1 text-sm font-semibold">{title}</h3>
      {rows.length === 0 ? (
        <p className="text-sm">None counted.</p>
      ) : (
        <ol className="text-sm" data-testid={testId}>
          {rows.map((row) => (
            <li key={row.name} className="flex justify-between gap-3">
              <Link className="truncate text-blue-700 underline dark:text-blue-400" href={hrefFor(row.name)}>
                <UntrustedText text={row.name} />
              </Link>
              <span className="tabular-nums">{row.count.toLocaleString("en-US")}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = minutes / 60;
  return hours < 48 ? `${hours.toFixed(1)} h` : `${(hours / 24).toFixed(1)} days`;
}

function change(now: number, before: number | null): string {
  if (before === null) return "—";
  if (before === 0) return now === 0 ? "0 %" : "new";
  const percent = ((now - before) / before) * 100;
  return `${percent > 0 ? "+" : ""}${percent.toFixed(0)} %`;
}
