import type { Metadata } from "next";
import Link from "next/link";
import { UserBar } from "@/components/auth/user-bar";
import { StoreUnavailable } from "@/components/ui/store-unavailable";
import { Time } from "@/components/ui/time";
import { UntrustedText } from "@/components/ui/untrusted-text";
import { requirePageSession } from "@/lib/auth/page-session";
import { toUtcIso } from "@/lib/cloudflare/utc-time";
import { describeFigure } from "@/lib/overview/kept-figures";
import { listedQuerySchema } from "@/lib/overview/overview-answer";
import { LISTED_PER_FIGURE } from "@/lib/overview/overview-values";
import { routes } from "@/lib/routes";
import { listedOf } from "@/lib/server/overview";

export const metadata: Metadata = { title: "Overview: messages" };

// The messages behind an overview figure that Cloudflare's search cannot reproduce (MALICIOUS-BEC, a
// threat category, a failed SPF/DKIM/DMARC check have no search filter): listed from what the overview
// kept when it counted, with no call to Cloudflare.
export default async function ListedMessagesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requirePageSession();
  const raw = await searchParams;
  const parsed = listedQuerySchema.safeParse({ disposition: raw.disposition, category: raw.category, auth: raw.auth, first: raw.first, last: raw.last, from: raw.from, to: raw.to, recipient: raw.recipient, sender: raw.sender });
  const within = parsed.success && parsed.data.from && parsed.data.to ? { from: Date.parse(parsed.data.from), to: Date.parse(parsed.data.to) } : null;
  const listed = parsed.success ? await listedOf(parsed.data.figure, parsed.data.first, parsed.data.last, { recipient: parsed.data.recipient, sender: parsed.data.sender }, within).catch(() => null) : null;
  return (
    <>
      <UserBar name={principal.name} role={principal.role} viewerId={principal.id} />
      <main className="mx-auto max-w-[1600px] px-6 py-4">
        <p className="mb-2 text-sm">
          <Link className="text-blue-700 underline dark:text-blue-400" href={routes.overview()}>
            ← Overview
          </Link>
        </p>
        {!parsed.success ? (
          <p role="alert">This list needs a figure (a disposition, a category or an auth check) and its first and last day: {parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}.</p>
        ) : !listed ? (
          <StoreUnavailable what="the overview" />
        ) : (
          <>
            <h1 className="mb-1 text-xl font-semibold">
              <UntrustedText text={describeFigure(parsed.data.figure)} />, {within ? `${parsed.data.from} to ${parsed.data.to}` : parsed.data.first === parsed.data.last ? `${parsed.data.first} (UTC)` : `${parsed.data.first} to ${parsed.data.last} (UTC)`}
            </h1>
            <p className="mb-3 max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">
              Cloudflare&apos;s search cannot filter by this, so the overview kept these messages when it counted the days. {listed.messages.length.toLocaleString("en-US")} message
              {listed.messages.length === 1 ? "" : "s"}
              {listed.unlisted > 0 ? `; ${listed.unlisted.toLocaleString("en-US")} more were past a day's list of ${LISTED_PER_FIGURE} and are counted only` : ""}
              {listed.uncounted.length > 0 ? `; ${listed.uncounted.length} day(s) are not counted yet (open the overview to count them)` : ""}.
            </p>
            <table className="w-full text-left text-sm" data-testid="listed-messages">
              <caption className="sr-only">
                Messages: <UntrustedText text={describeFigure(parsed.data.figure)} />
              </caption>
              <thead className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">Scanned</th>
                  <th scope="col" className="py-2 pr-3 font-medium">From</th>
                  <th scope="col" className="py-2 pr-3 font-medium">Subject</th>
                </tr>
              </thead>
              <tbody>
                {listed.messages.map((message) => (
                  <tr key={message.id} data-row-id={message.id} className="border-b border-zinc-100 dark:border-zinc-900">
                    <td className="py-1 pr-3 whitespace-nowrap"><Time iso={toUtcIso(message.at)} /></td>
                    <td className="py-1 pr-3">{message.from ? <UntrustedText text={message.from} /> : "—"}</td>
                    <td className="py-1 pr-3">
                      <Link className="text-blue-700 underline dark:text-blue-400" href={routes.message(message.id)}>
                        {message.subject ? <UntrustedText text={message.subject} /> : "(no subject)"}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </main>
    </>
  );
}
