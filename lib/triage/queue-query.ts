import { z } from "zod";
import { readQueryParams, type QueryParamsResult } from "@/lib/validation/read-query-params";
import { MESSAGE_ID_PATTERN, TRIAGE_STATUSES, VERDICTS } from "./triage-values";

// The queue's filter as it travels in a URL (the page's and the API's), checked once here. A view is a
// named starting point; the filters narrow it.

export const QUEUE_VIEWS = ["mine", "unassigned", "in_review", "resolved_today", "all"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export const VIEW_LABELS: Record<QueueView, string> = {
  mine: "Mine",
  unassigned: "Unassigned",
  in_review: "In review",
  resolved_today: "Resolved today (UTC)",
  all: "Everything triaged",
};

export const QUEUE_PAGE_SIZE = 100;
const MAX_IDS = 100;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

export const queueQuerySchema = z.object({
  view: optional(z.enum(QUEUE_VIEWS, { error: `must be one of ${QUEUE_VIEWS.join(", ")}` })),
  status: optional(z.enum(TRIAGE_STATUSES, { error: `must be one of ${TRIAGE_STATUSES.join(", ")}` })),
  verdict: optional(z.enum(VERDICTS, { error: `must be one of ${VERDICTS.join(", ")}` })),
  /** A principal id, e.g. credentials:ana. */
  assignee: optional(z.string().max(300, "must be at most 300 characters")),
  disposition: optional(z.string().regex(/^[A-Z_-]{1,40}$/, "must be a disposition, e.g. MALICIOUS")),
  /** Only these messages (investigate ids, comma-separated, at most 100): the triage of the rows a list shows. */
  ids: optional(
    z
      .string()
      .max(25_000, "must be at most 100 message ids")
      .transform((value) => value.split(","))
      .pipe(z.array(z.string().regex(MESSAGE_ID_PATTERN, "must be message ids, comma-separated")).max(MAX_IDS, `must be at most ${MAX_IDS} message ids`)),
  ),
  /** Where the next page starts: the last row's change time (ms) and id, as the page before gave it. */
  before: optional(z.string().regex(/^\d{1,15}~[A-Za-z0-9][A-Za-z0-9._:+=@-]{0,199}$/, "must be the `before` a queue page gave")),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

export type QueueQueryResult = QueryParamsResult<QueueQuery>;

/** Reads the filter from a URL's parameters; a name given twice, or one not known, is a problem too. */
export function readQueueQuery(params: URLSearchParams): QueueQueryResult {
  return readQueryParams(params, queueQuerySchema, "is not a filter of the queue");
}
