import { notFound } from "next/navigation";
import { MessageView } from "@/components/message/message-view";
import { MessageUnavailable } from "@/components/message/message-unavailable";
import { auditMessagePageView } from "@/lib/server/audit-message-page";
import { hasRole } from "@/lib/accounts/roles";
import type { Principal } from "@/lib/auth/session-token";
import { loadMessageDetail } from "@/lib/server/load-message-detail";
import { lastActionOf } from "@/lib/triage/triage";
import { actionsState } from "@/lib/server/remediation";
import { searchFromQuery, searchToQuery } from "@/lib/search-url/search-url";
import { routes } from "@/lib/routes";

export type DetailRouteProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The search a message was opened from, reduced to the keys a search has (anything else dropped). */
async function searchQueryOf(searchParams: DetailRouteProps["searchParams"]): Promise<string> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === "string") query.set(key, value);
  return searchToQuery(searchFromQuery(query)).toString();
}

/** Page params arrive still percent-encoded (an investigate id's ":" as %3A); route handlers' do not. */
function decodeId(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The page and the overlay render the same thing, from the same lib function as the API routes. */
export async function DetailRoute({ params, searchParams, mode, viewer }: DetailRouteProps & { mode: "page" | "overlay"; viewer: Principal }) {
  const [{ id }, searchQuery] = await Promise.all([params, searchQueryOf(searchParams)]);
  const outcome = await loadMessageDetail(decodeId(id) ?? "", viewer);
  auditMessagePageView(viewer, id, outcome);
  if (outcome.kind === "invalid" || outcome.kind === "not_found") notFound();
  if (outcome.kind === "failed") {
    return <MessageUnavailable message={outcome.message} backHref={routes.search(searchQuery)} />;
  }
  // Managers may not see message content (the preview and the raw message), nor act on mail.
  const analyst = hasRole(viewer.role, "analyst");
  const { message } = outcome.detail;
  // Without the database the page still shows the state, as Cloudflare words who acted.
  const lastAction = await lastActionOf([message.id, message.postfix_id]).catch(() => null);
  return (
    <MessageView
      detail={outcome.detail}
      searchQuery={searchQuery}
      mode={mode}
      content={analyst}
      viewer={{ id: viewer.id, role: viewer.role }}
      actions={analyst ? actionsState() : "none"}
      lastAction={lastAction && { whoName: lastAction.whoName, at: lastAction.at.toISOString() }}
    />
  );
}
