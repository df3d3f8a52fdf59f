import type { ActionEntry, Message } from "./message";

// Where the message is now, for the top of its page: the latest action after delivery that succeeded
// (a move to a folder, a release from quarantine), else its delivery status. A released BEC message or
// an auto-retracted spam must not read "not quarantined" like mail that was never touched.

/** Who acted through the dashboard, from the triage history (Cloudflare names only its API as the requester). */
export type DashboardAction = { whoName: string; at: string };

export type MessageState =
  | { kind: "moved"; destination: string | null; at: string | null; by: string | null }
  | { kind: "released"; at: string | null; by: string | null }
  | { kind: "move-failed"; at: string | null }
  | { kind: "quarantined" }
  | { kind: "delivered" }
  /** Rejected, bounced, deferred, queued: Cloudflare's words. */
  | { kind: "status"; statuses: string[] }
  | { kind: "unknown" };

const RELEASES = new Set(["QUARANTINE_RELEASE", "RELEASE"]);
/** A dashboard action this close to Cloudflare's record of it is taken to be that action. */
const SAME_ACTION_MS = 5 * 60_000;

const timeOf = (entry: ActionEntry) => entry.completed_at ?? entry.started_at;

function requester(entry: ActionEntry, dashboard: DashboardAction | null): string | null {
  const at = timeOf(entry);
  if (dashboard && at && Math.abs(Date.parse(dashboard.at) - Date.parse(at)) <= SAME_ACTION_MS) return dashboard.whoName;
  const said = entry.properties.requested_by;
  return typeof said === "string" && said !== "" ? said : null;
}

export function messageStateOf(message: Message, actionLog: readonly ActionEntry[], dashboard: DashboardAction | null = null): MessageState {
  const actions = actionLog.filter((entry) => entry.operation === "MOVE" || RELEASES.has(entry.operation ?? "")).sort((a, b) => (timeOf(a) ?? "").localeCompare(timeOf(b) ?? ""));
  const latest = actions.at(-1);
  if (latest && latest.success === false && latest.operation === "MOVE") return { kind: "move-failed", at: timeOf(latest) };
  const done = actions.filter((entry) => entry.success !== false).at(-1);
  if (done?.operation === "MOVE") {
    const destination = done.properties.destination ?? done.properties.folder;
    return { kind: "moved", destination: typeof destination === "string" ? destination : null, at: timeOf(done), by: requester(done, dashboard) };
  }
  if (done) return { kind: "released", at: timeOf(done), by: requester(done, dashboard) };

  const statuses = message.delivery_status;
  if (message.is_quarantined || statuses.includes("quarantined")) return { kind: "quarantined" };
  if (statuses.includes("moved")) return { kind: "moved", destination: null, at: null, by: null };
  if (statuses.includes("move_failed")) return { kind: "move-failed", at: null };
  if (statuses.includes("delivered")) return { kind: "delivered" };
  return statuses.length > 0 ? { kind: "status", statuses } : { kind: "unknown" };
}
