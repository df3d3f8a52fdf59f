import type { Metadata } from "next";
import { UserBar } from "@/components/auth/user-bar";
import Link from "next/link";
import { JobProgress } from "@/components/remediation/job-progress";
import { RequestDecision } from "@/components/remediation/request-decision";
import { SearchWords } from "@/components/remediation/search-words";
import { AutoRefresh } from "@/components/triage/auto-refresh";
import { StoreUnavailable } from "@/components/ui/store-unavailable";
import { Time } from "@/components/ui/time";
import { UntrustedText } from "@/components/ui/untrusted-text";
import { requirePageSession } from "@/lib/auth/page-session";
import { getConfig } from "@/lib/config/env";
import { listRequests } from "@/lib/remediation/remediation";
import { toRequestAnswer, type RequestAnswer } from "@/lib/remediation/remediation-answer";
import { DESTINATION_LABELS, type MoveDestination } from "@/lib/remediation/remediation-values";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Requests" };

const STATUS_WORDS: Record<string, string> = {
  pending_approval: "Waiting for approval",
  expired: "Expired (nothing sent)",
  rejected: "Rejected (nothing sent)",
  sending: "Being sent",
  done: "Done",
  failed: "Failed",
  running: "Running at Cloudflare",
  cancelled: "Cancelled",
};

// Requests to act on mail, the latest first and those waiting for a second analyst's approval before
// them. Analysts approve or reject others' waiting requests; managers read. Read from the database
// alone, and again every few seconds while open.
export default async function RemediationPage() {
  const principal = await requirePageSession();
  const requests = await listRequests().then((rows) => rows.map((row) => toRequestAnswer(row)), () => null);
  const threshold = getConfig().approvalThreshold;
  return (
    <>
      <UserBar name={principal.name} role={principal.role} viewerId={principal.id} />
      <main className="mx-auto max-w-[1600px] px-6 py-4">
        <h1 className="mb-3 text-xl font-semibold">Requests</h1>
        <AutoRefresh ms={5_000} />
        <p className="mb-4 text-sm text-zinc-700 dark:text-zinc-300">
          A request to act on more than {threshold.toLocaleString("en-US")} messages, or on every message of a search, waits here for a second analyst, who approves it (it is sent then) or rejects it, for 24 hours. A whole-search
          request runs as a Cloudflare bulk job: its progress shows here, and any analyst may cancel it while it runs.
        </p>
        {!requests ? (
          <StoreUnavailable what="the requests" />
        ) : requests.length === 0 ? (
          <p className="text-sm">No request yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Requests to act on mail</caption>
            <thead className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
              <tr>
                {["Asked", "By", "Action", "Messages", "Justification", "Status", "Decision"].map((name) => (
                  <th key={name} scope="col" className="py-2 pr-3 font-medium">
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {requests.map((request) => (
                <tr key={request.id} data-request-id={request.id} className="border-b border-zinc-100 align-top dark:border-zinc-900">
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <Time iso={request.createdAt} />
                  </td>
                  <td className="py-2 pr-3">{request.requestedBy.name}</td>
                  <td className="py-2 pr-3">{actionWords(request)}</td>
                  <td className="max-w-xs py-2 pr-3 break-words">{request.search ? wholeSearch(request.search) : request.count.toLocaleString("en-US")}</td>
                  <td className="max-w-md py-2 pr-3 break-words">{request.justification ? <UntrustedText text={request.justification} /> : "—"}</td>
                  <td className="py-2 pr-3">
                    <span data-testid="request-status">
                      {STATUS_WORDS[request.status] ?? request.status}
                      {!request.job && request.succeeded !== null ? ` · ${request.succeeded} succeeded, ${request.failed ?? 0} failed` : ""}
                    </span>
                    {request.failure ? <span className="block text-red-800 dark:text-red-300">{request.failure}</span> : null}
                    {request.job ? <JobProgress request={request} canCancel={principal.role === "analyst"} /> : null}
                  </td>
                  <td className="py-2 pr-3">{decision(request, principal)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </main>
    </>
  );
}

function wholeSearch(search: Record<string, string | boolean>) {
  const query = new URLSearchParams(Object.entries(search).map(([name, value]) => [name, String(value)]));
  return (
    <>
      Every message of the search: <SearchWords search={search} />.{" "}
      <Link className="text-blue-700 underline dark:text-blue-400" href={routes.search(query.toString())}>
        Open the search
      </Link>
    </>
  );
}

function actionWords(request: RequestAnswer): string {
  if (request.action === "release") return "Release from quarantine";
  return `Move to ${DESTINATION_LABELS[request.destination as MoveDestination] ?? request.destination}`;
}

function decision(request: RequestAnswer, viewer: { id: string; role: string }) {
  if (request.decidedBy) {
    return (
      <span>
        {request.status === "rejected" ? "Rejected" : "Approved"} by {request.decidedBy.name}
        {request.decisionReason ? (
          <>
            : <UntrustedText text={request.decisionReason} />
          </>
        ) : null}
      </span>
    );
  }
  if (request.status !== "pending_approval") return "—";
  if (request.requestedBy.id === viewer.id) return "Waiting for a second analyst (not you)";
  if (viewer.role !== "analyst") return "Waiting for an analyst";
  const many = request.search ? "every message of a search" : `${request.count} messages`;
  return <RequestDecision id={request.id} label={`${actionWords(request)}, ${many}, asked by ${request.requestedBy.name}`} />;
}
