import Link from "next/link";
import { plainAs, UntrustedText, type UntrustedKind } from "@/components/ui/untrusted-text";
import { focusRing } from "@/components/ui/button";
import { Tooltip } from "@/components/ui/tooltip";
import type { SearchParamName } from "@/lib/investigate/search-params";
import { routes } from "@/lib/routes";
import { CopyButton } from "./copy-button";

/** The search field that finds an indicator's value (sender, recipient, query…). */
export type Pivot = SearchParamName;

/** How far back a pivot looks: the longest quick range the search page offers. */
const PIVOT_RANGE = "30d";

/** The search for all mail of the last 30 days with these fields' values: an indicator's clean
 *  messages say as much as its detections. */
export function pivotHref(fields: Partial<Record<Pivot, string>>): string {
  return routes.search(new URLSearchParams({ ...fields, range: PIVOT_RANGE, detections_only: "false" }).toString());
}

/** An indicator (address, domain, URL, IP, hash, id) shown as text with a one-click copy, and, where the
 *  search can find it, a link to that search (the last 30 days). What is copied is what is shown,
 *  defanged and with hidden characters written out: pasted into a chat or a ticket it stays dead and
 *  says what it holds. The exports keep the exact value. */
export function Indicator({ value, name, kind = "name", marks, pivot }: { value: string | null; name: string; kind?: UntrustedKind; marks?: readonly string[]; pivot?: Pivot }) {
  if (!value) return <span className="text-zinc-600 dark:text-zinc-400">—</span>;
  return (
    <span className="inline-flex max-w-full items-center gap-1.5">
      <span className="min-w-0 font-mono text-sm break-all">
        <UntrustedText text={value} kind={kind} marks={marks} />
      </span>
      <CopyButton value={plainAs(kind, value)} label={`Copy ${name}`} />
      {pivot ? (
        <Tooltip content={`Search the last 30 days for this ${name}`}>
          <Link href={pivotHref({ [pivot]: value })} aria-label={`Search for this ${name}`} className={`shrink-0 text-xs text-blue-800 underline dark:text-blue-300 ${focusRing}`}>
            Search
          </Link>
        </Tooltip>
      ) : null}
    </span>
  );
}
