import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

// The dashboard's own tables: what Cloudflare does not keep. One schema for both engines (PGlite and a
// PostgreSQL server); `npm run db:generate` writes its migrations to lib/db/migrations. Times the
// services compute with (budget, throttle) are epoch milliseconds, so their clocks can be injected in
// tests; times people read are timestamptz.

const ms = (name: string) => bigint(name, { mode: "number" });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** Every signed-in session: sign-out ends it here, and every replica refuses it from then on. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    principalId: text("principal_id").notNull(),
    name: text("name").notNull(),
    role: text("role").notNull(),
    provider: text("provider").notNull(),
    signedInAt: at("signed_in_at").notNull(),
    lastSeenAt: at("last_seen_at").notNull(),
    /** The browser it was last seen from, so its user can tell their sessions apart (at most 300 characters). */
    userAgent: text("user_agent"),
    /** The absolute timeout: however active, the session ends then. */
    expiresAt: at("expires_at").notNull(),
    endedAt: at("ended_at"),
    /** Who ended it: its own user ("sign-out", "ended from another session") or, later, a manager. */
    endedBy: text("ended_by"),
  },
  (table) => [index("sessions_principal").on(table.principalId, table.signedInAt), index("sessions_expires").on(table.expiresAt)],
);

/** Failed sign-ins per user name (a digest of it), for the throttle every replica shares. */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    nameKey: text("name_key").notNull(),
    at: ms("at").notNull(),
  },
  (table) => [index("sign_in_failures_name").on(table.nameKey, table.at), index("sign_in_failures_at").on(table.at)],
);

/** The upstream calls spent in the budget's window, by whom. */
export const budgetCalls = pgTable(
  "budget_calls",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: ms("at").notNull(),
    principalId: text("principal_id").notNull(),
    /** The server process that spent it: how many replicas share the budget, for an outage's safe share. */
    replica: text("replica").notNull().default(""),
  },
  (table) => [index("budget_calls_at").on(table.at), index("budget_calls_user").on(table.principalId, table.at)],
);

/** Each user's calls in the window, kept by budget_acquire as it adds and expires calls (no scan of the window). */
export const budgetUsers = pgTable("budget_users", {
  principalId: text("principal_id").primaryKey(),
  calls: integer("calls").notNull(),
});

/** Each replica's calls in the window, likewise: how many replicas share the budget. */
export const budgetReplicas = pgTable("budget_replicas", {
  replica: text("replica").primaryKey(),
  calls: integer("calls").notNull(),
});

/** One row: the stop on every call while Cloudflare says to wait. */
export const budgetBlock = pgTable("budget_block", {
  id: integer("id").primaryKey(),
  blockedUntil: ms("blocked_until").notNull(),
  blockSentAt: ms("block_sent_at").notNull(),
});

/** The audit trail: every event also written to stdout (lib/audit). */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: at("at").notNull(),
    event: text("event").notNull(),
    outcome: text("outcome").notNull(),
    whoId: text("who_id"),
    whoRole: text("who_role"),
    what: text("what"),
    status: integer("status"),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull(),
  },
  (table) => [index("audit_events_at").on(table.at), index("audit_events_who").on(table.whoId, table.at), index("audit_events_event").on(table.event, table.at)],
);

/** Copies of upstream answers that replicas share for a short while (lib/budget/answer-table.ts). */
export const upstreamAnswers = pgTable(
  "upstream_answers",
  {
    key: text("key").primaryKey(),
    status: integer("status").notNull(),
    headers: jsonb("headers").$type<[string, string][]>().notNull(),
    body: text("body").notNull(),
    storedAt: ms("stored_at").notNull(),
    expiresAt: ms("expires_at").notNull(),
  },
  (table) => [index("upstream_answers_expires").on(table.expiresAt)],
);

/**
 * The team's triage of one message, keyed by its investigate id. `version` counts its changes: a change
 * names the version it was based on, and one based on an older version is refused (no lost update).
 * The subject, sender, recipients, disposition and time are copied from Cloudflare at the first change,
 * so the queue lists the message without asking Cloudflare.
 */
export const triageItems = pgTable(
  "triage_items",
  {
    messageId: text("message_id").primaryKey(),
    postfixId: text("postfix_id"),
    status: text("status").notNull(),
    assigneeId: text("assignee_id"),
    assigneeName: text("assignee_name"),
    verdict: text("verdict"),
    verdictReason: text("verdict_reason"),
    version: integer("version").notNull(),
    changedAt: at("changed_at").notNull(),
    subject: text("subject"),
    sender: text("sender"),
    recipients: jsonb("recipients").$type<string[]>().notNull(),
    disposition: text("disposition"),
    receivedAt: at("received_at"),
  },
  (table) => [
    index("triage_items_assignee").on(table.assigneeId, table.status),
    index("triage_items_status").on(table.status, table.changedAt),
    // A postfix-id link finds the record its investigate id keys.
    index("triage_items_postfix").on(table.postfixId),
  ],
);

/** Every change to a message's triage, oldest first by id: who, when, what, from and to. */
export const triageChanges = pgTable(
  "triage_changes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    messageId: text("message_id").notNull(),
    at: at("at").notNull(),
    whoId: text("who_id").notNull(),
    whoName: text("who_name").notNull(),
    /** status, assignee, verdict or note. */
    field: text("field").notNull(),
    before: text("before"),
    after: text("after"),
    /** The triage's version this change made: what changed since version n is every change above n. */
    version: integer("version").notNull(),
  },
  (table) => [index("triage_changes_message").on(table.messageId, table.id)],
);

/** Notes on a message: plain text, each by its author, editable by them for a short while. */
export const triageNotes = pgTable(
  "triage_notes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    messageId: text("message_id").notNull(),
    authorId: text("author_id").notNull(),
    authorName: text("author_name").notNull(),
    body: text("body").notNull(),
    createdAt: at("created_at").notNull(),
    editedAt: at("edited_at"),
  },
  (table) => [index("triage_notes_message").on(table.messageId, table.id)],
);

/** A search kept under a name: its owner's, or shared with the team; pinned ones are in its owner's navigation. */
export const savedViews = pgTable(
  "saved_views",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ownerId: text("owner_id").notNull(),
    ownerName: text("owner_name").notNull(),
    name: text("name").notNull(),
    /** The search's canonical query string (lib/search-url), as the search page's URL holds it. */
    searchQuery: text("search_query").notNull(),
    shared: boolean("shared").notNull(),
    pinned: boolean("pinned").notNull(),
    savedAt: at("saved_at").notNull(),
  },
  (table) => [index("saved_views_owner").on(table.ownerId, table.savedAt), index("saved_views_shared").on(table.shared, table.savedAt)],
);

/**
 * An action on messages at Cloudflare (a move, a release), keyed by the id the page made for it when the
 * person confirmed: the same request sent twice (a double click, a retry, two replicas) is sent to
 * Cloudflare once, and the second is answered from here. One above the approval threshold waits for a
 * second analyst, who approves or rejects it (decided_*). `results` are Cloudflare's, per recipient or
 * message; `failure` what went wrong instead.
 */
/** A bulk job's status and counters as last read (lib/remediation/bulk-job-state.ts makes and reads it). */
export type StoredJob = {
  id: string;
  status: string;
  discovered: number;
  pending: number;
  successful: number;
  failed: number;
  skipped: number;
  cancelled: number;
  statusMessage: string | null;
  completedAt: string | null;
};

export const remediationRequests = pgTable(
  "remediation_requests",
  {
    id: text("id").primaryKey(),
    action: text("action").notNull(),
    messageIds: jsonb("message_ids").$type<string[]>().notNull(),
    /** A move's folder; for a report (action submit), the disposition asked for. */
    destination: text("destination"),
    justification: text("justification"),
    requestedById: text("requested_by_id").notNull(),
    requestedByName: text("requested_by_name").notNull(),
    /** pending_approval, rejected, sending, done or failed (a pending one past expires_at has expired). */
    status: text("status").notNull(),
    createdAt: at("created_at").notNull(),
    finishedAt: at("finished_at"),
    results: jsonb("results").$type<unknown[]>(),
    /** Of the results: how many succeeded and failed (per recipient for a move, per message for a release). */
    succeeded: integer("succeeded"),
    failed: integer("failed"),
    failure: text("failure"),
    /** Until when a request that waits for approval may be approved. */
    expiresAt: at("expires_at"),
    decidedById: text("decided_by_id"),
    decidedByName: text("decided_by_name"),
    decidedAt: at("decided_at"),
    decisionReason: text("decision_reason"),
    /** A request for every message a search finds (message_ids is empty): the search, in Cloudflare's names. */
    search: jsonb("search").$type<Record<string, string | boolean>>(),
    /** The bulk job Cloudflare started for it once approved. */
    jobId: text("job_id"),
    /** The job as last read from Cloudflare (status and counters); an ended job is not read again. */
    job: jsonb("job").$type<StoredJob>(),
    jobReadAt: at("job_read_at"),
  },
  (table) => [index("remediation_requests_created").on(table.createdAt), index("remediation_requests_status").on(table.status, table.createdAt)],
);

/** What one UTC day's detections came to (lib/overview/overview-values.ts makes and reads it). */
export type StoredDayTally = {
  total: number;
  byDisposition: Record<string, number>;
  unreadable: number;
  authFailures: { spf: number; dkim: number; dmarc: number };
  quarantined: number;
  moved: number;
  released: number;
  /** How the day was counted (lib/overview/overview-values.ts TALLY_VERSION): a day of an older way is counted again. */
  version?: number;
  /**
   * The messages of the figures Cloudflare's search cannot reproduce (lib/overview/kept-figures.ts:
   * MALICIOUS-BEC…, a threat category, a failed SPF/DKIM/DMARC), each with the keys of the figures it
   * makes up, so the overview can list them; at most a few hundred a figure a day.
   */
  listed?: { id: string; disposition: string; subject: string | null; from: string | null; at: string | null; figures?: string[] }[];
  /** Per figure key, how many messages are listed, and how many were not, past the day's cap. */
  listedBy?: Record<string, number>;
  unlistedBy?: Record<string, number>;
  /** Detections per recipient, sender domain and threat category (each at most a few hundred names a day; `capped` when more were seen). */
  recipients?: Record<string, number>;
  senderDomains?: Record<string, number>;
  categories?: Record<string, number>;
  capped?: boolean;
  /** Detections per disposition per UTC hour of the day (24 counts), so a day can be shown in another time zone. */
  hourly?: Record<string, number[]>;
};

/**
 * The manager's overview, counted per UTC day from Cloudflare's detections and kept: a past day does
 * not change, so it is counted once; today and yesterday are counted again when asked after a while.
 * `scope` names what was counted (today always "detections": every detection, no other filter).
 */
export const overviewDays = pgTable(
  "overview_days",
  {
    scope: text("scope").notNull(),
    day: text("day").notNull(),
    tally: jsonb("tally").$type<StoredDayTally>().notNull(),
    countedAt: at("counted_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.scope, table.day] })],
);

/** Which replica is counting a scope now, until when: of several replicas, one spends the budget on it. */
export const overviewClaims = pgTable("overview_claims", {
  scope: text("scope").primaryKey(),
  replica: text("replica").notNull(),
  until: ms("until").notNull(),
});
