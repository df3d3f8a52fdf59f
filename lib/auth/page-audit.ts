import "server-only";
import { audit } from "@/lib/audit/audit-log";
import { requirePageSession } from "./page-session";
import type { Principal } from "./session-token";

/** A message page: the session (returned, so the page can leave out what the role may not see), and the view in the audit log. */
export async function requireMessagePageSession(params: Promise<{ id: string }>): Promise<Principal> {
  const principal = await requirePageSession();
  const { id } = await params;
  audit({ event: "message_view", outcome: "ok", who: principal, what: safeDecode(id), via: "page" });
  return principal;
}

function safeDecode(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}
