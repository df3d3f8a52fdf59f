import type { Metadata } from "next";
import { UserBar } from "@/components/auth/user-bar";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { StoreUnavailable } from "@/components/ui/store-unavailable";
import { buttonClass } from "@/components/ui/button";
import { audit } from "@/lib/audit/audit-log";
import { PAGE_SIZE, readAuditQuery, toAuditFilter } from "@/lib/audit/audit-query";
import { readAuditTrail } from "@/lib/audit/audit-trail";
import { requirePageSession } from "@/lib/auth/page-session";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Audit trail" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The audit trail for managers: who did what, when, with what outcome; filtered by the URL (so a view
// of it can be shared), newest first, a page at a time, and exported as CSV with the same filter.
export default async function AuditPage({ searchParams }: Props) {
  const principal = await requirePageSession();
  const params = toParams(await searchParams);
  if (principal.role !== "manager") {
    audit({ event: "denied", outcome: "forbidden", who: principal, what: "page /audit", needed: "manager" });
    return (
      <Shell name={principal.name} role={principal.role}>
        <p role="alert">The audit trail is for managers; you are signed in as an {principal.role}.</p>
      </Shell>
    );
  }
  const read = readAuditQuery(params);
  const page = read.ok ? await readAuditTrail(toAuditFilter(read.query), PAGE_SIZE).catch(() => null) : null;
  audit({ event: "audit_read", outcome: read.ok && page ? "ok" : "error", who: principal, what: params.toString().slice(0, 300), via: "page" });
  const filterQuery = new URLSearchParams([...params].filter(([name]) => name !== "before" && name !== "format"));
  return (
    <Shell name={principal.name} role={principal.role}>
      <AuditFilterForm values={Object.fromEntries(filterQuery)} problems={read.ok ? {} : read.fields} />
      {read.ok && !page && <StoreUnavailable what="the audit trail" />}
      {page && (
        <>
          <div className="my-3 flex items-center gap-3">
            <a className={buttonClass("secondary")} href={routes.api.audit(withParam(filterQuery, "format", "csv"))} download>
              Export as CSV
            </a>
            <span className="text-sm text-zinc-600 dark:text-zinc-400">The export holds the newest 10,000 events of this filter.</span>
          </div>
          <AuditTable rows={page.rows.map((row) => ({ ...row, at: row.at.toISOString() }))} />
          {page.next !== null && (
            <a className={`${buttonClass("secondary")} mt-3`} href={routes.audit(withParam(filterQuery, "before", String(page.next)))}>
              Older events
            </a>
          )}
        </>
      )}
    </Shell>
  );
}

function Shell({ name, role, children }: { name: string; role: string; children: React.ReactNode }) {
  return (
    <>
      <UserBar name={name} role={role} />
      <main className="mx-auto max-w-[1600px] px-6 py-4">
        <h1 className="mb-3 text-xl font-semibold">Audit trail</h1>
        {children}
      </main>
    </>
  );
}

function toParams(searchParams: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(searchParams)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, one);
  }
  return params;
}

function withParam(params: URLSearchParams, name: string, value: string): string {
  const next = new URLSearchParams(params);
  next.set(name, value);
  return next.toString();
}
