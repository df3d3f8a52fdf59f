import type { Metadata } from "next";
import { UserBar } from "@/components/auth/user-bar";
import { AutoRefresh } from "@/components/triage/auto-refresh";
import { QueueFilter } from "@/components/triage/queue-filter";
import { QueueList } from "@/components/triage/queue-list";
import { buttonClass } from "@/components/ui/button";
import { StoreUnavailable } from "@/components/ui/store-unavailable";
import { requirePageSession } from "@/lib/auth/page-session";
import { routes } from "@/lib/routes";
import { toQueueAnswer } from "@/lib/triage/queue-answer";
import { QUEUE_PAGE_SIZE, readQueueQuery } from "@/lib/triage/queue-query";
import { readQueue } from "@/lib/triage/triage";

export const metadata: Metadata = { title: "Queue" };

/** How often an open queue reads itself again (one query to the database, no call to Cloudflare). */
const QUEUE_REFRESH_MS = 5_000;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The team's queue, read from the database alone: what is mine, what nobody has, what is in review, what
// was resolved today. The URL is the view, so it can be shared; a message opens as from a search. An
// open queue renders again every few seconds, so colleagues' claims show without a reload.
export default async function QueuePage({ searchParams }: Props) {
  const principal = await requirePageSession();
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(await searchParams)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, one);
  }
  const read = readQueueQuery(params);
  const view = read.ok ? (read.query.view ?? "mine") : "mine";
  const page = read.ok ? await readQueue(read.query, principal.id, QUEUE_PAGE_SIZE).then(toQueueAnswer, () => null) : null;
  const filterQuery = new URLSearchParams([...params].filter(([name]) => name !== "before"));
  const next = page?.next ? new URLSearchParams(filterQuery) : null;
  next?.set("before", page?.next ?? "");
  return (
    <>
      <UserBar name={principal.name} role={principal.role} viewerId={principal.id} />
      <main className="mx-auto max-w-[1600px] px-6 py-4">
        <h1 className="mb-3 text-xl font-semibold">Queue</h1>
        <AutoRefresh ms={QUEUE_REFRESH_MS} />
        <QueueFilter view={view} values={Object.fromEntries(filterQuery)} problems={read.ok ? {} : read.fields} />
        <div className="mt-4">
          {read.ok && !page && <StoreUnavailable what="the queue" />}
          {page && <QueueList rows={page.rows} listKey={filterQuery.toString()} viewer={{ id: principal.id, role: principal.role }} />}
          {next && (
            <a className={`${buttonClass("secondary")} mt-3`} href={routes.queue(next.toString())}>
              Older
            </a>
          )}
        </div>
        <p className="mt-4 text-sm text-zinc-700 dark:text-zinc-300">
          The queue lists the messages someone has claimed, judged, assigned or noted; to take up new mail, search for it.
        </p>
      </main>
    </>
  );
}
