// Every URL of the app, built in one place. A search travels as its canonical query string
// (`searchToQuery(state).toString()` in lib/search-url), so a message opened from a search can lead back
// to it and to its neighbours. Ids are percent-encoded: an investigate id carries a ":" and an id from a
// URL is whatever someone typed.

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);
const messagePath = (id: string) => `/messages/${encodeURIComponent(id)}`;

/** The id of the message a path shows (`/messages/{id}`), or null for any other path. */
export function messageIdOf(pathname: string): string | null {
  const match = /^\/messages\/([^/]+)$/.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

export type MessagePart = "detections" | "action-log" | "trace" | "raw" | "preview";
export type MessageAction = "move" | "release" | "report";

export const routes = {
  /** The search page, running the search `searchQuery` holds (none: the empty form). */
  search: (searchQuery = "") => withQuery("/messages", searchQuery),
  /** One message; with the search it was opened from, its page can go back and to the next result. */
  message: (id: string, searchQuery = "") => withQuery(messagePath(id), searchQuery),
  /** Sign-in, coming back to `returnPath` (an app path, already checked by safeReturnPath) after. */
  signIn: (returnPath?: string) => (returnPath ? `/sign-in?callbackUrl=${encodeURIComponent(returnPath)}` : "/sign-in"),
  /** The signed-in user's own sessions, to see and end. */
  sessions: () => "/account/sessions",
  /** The audit trail (managers), filtered by `auditQuery` (lib/audit/audit-query.ts). */
  audit: (auditQuery = "") => withQuery("/audit", auditQuery),
  /** The team's queue of triaged messages, filtered by `queueQuery` (lib/triage/queue-query.ts). */
  queue: (queueQuery = "") => withQuery("/queue", queueQuery),
  /** Requests to act on mail: the latest, those waiting for a second analyst's approval first. */
  remediation: () => "/remediation",
  overview: (period?: number) => (period ? `/overview?period=${period}` : "/overview"),
  /** The overview's list of a figure the search cannot reproduce; `figure` is its one parameter (lib/overview/kept-figures.ts figureParams). */
  overviewMessages: (figure: Record<string, string>, first: string, last: string, from?: string, to?: string, filters: { recipient?: string; sender?: string } = {}) =>
    `/overview/messages?${new URLSearchParams({ ...figure, first, last, ...(from && to ? { from, to } : {}), ...(filters.recipient ? { recipient: filters.recipient } : {}), ...(filters.sender ? { sender: filters.sender } : {}) }).toString()}`,
  /** The saved views: the user's own and the team's; one of them, by its number. */
  views: () => "/views",
  view: (id: number) => `/views/${id}`,
  api: {
    sessions: () => "/api/sessions",
    session: (id: string) => `/api/sessions/${encodeURIComponent(id)}`,
    audit: (auditQuery = "") => withQuery("/api/audit", auditQuery),
    search: (apiQuery: string) => withQuery("/api/messages", apiQuery),
    counts: (apiQuery: string) => withQuery("/api/counts", apiQuery),
    similar: (apiQuery: string) => withQuery("/api/similar", apiQuery),
    /** A pending search's poll, by the token our 202 handed out. */
    pendingSearch: (token: string) => `/api/searches/${encodeURIComponent(token)}`,
    message: (id: string) => `/api${messagePath(id)}`,
    messagePart: (id: string, part: MessagePart) => `/api${messagePath(id)}/${part}`,
    messageAction: (id: string, action: MessageAction) => `/api${messagePath(id)}/${action}`,
    queue: (queueQuery = "") => withQuery("/api/triage", queueQuery),
    views: () => "/api/views",
    analysts: () => "/api/analysts",
    view: (id: number) => `/api/views/${id}`,
    triage: (id: string) => `/api/triage/${encodeURIComponent(id)}`,
    remediation: () => "/api/remediation",
    overview: (overviewQuery = "") => withQuery("/api/overview", overviewQuery),
    submissions: () => "/api/submissions",
    remediationDecision: (id: string, decision: "approve" | "reject" | "cancel") => `/api/remediation/${encodeURIComponent(id)}/${decision}`,
    remediationJob: (id: string) => `/api/remediation/${encodeURIComponent(id)}/job`,
    remediationJobMessages: (id: string, query = "") => withQuery(`/api/remediation/${encodeURIComponent(id)}/job/messages`, query),
    triageNotes: (id: string) => `/api/triage/${encodeURIComponent(id)}/notes`,
    triageNote: (id: string, noteId: number) => `/api/triage/${encodeURIComponent(id)}/notes/${noteId}`,
  },
} as const;
