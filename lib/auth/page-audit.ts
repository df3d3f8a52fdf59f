import "server-only";
import { audit } from "@/lib/audit/audit-log";
import { requirePageSession } from "./page-session";

/** A message page: the session, and the view in the audit log. */
export async function requireMessagePageSession(params: Promise<{ id: string }>): Promise<void> {
  const principal = await requirePageSession();
  const { id } = await params;
  audit({ event: "message_view", outcome: "ok", who: principal, what: safeDecode(id), via: "page" });
}

function safeDecode(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}
