import { z } from "zod";
import { MAX_PER_PAGE } from "../contract/search-query";
import { actionLogFor } from "../derive/action-log";
import { detectionsFor } from "../derive/detections";
import { previewFor } from "../derive/preview";
import { rawEml } from "../derive/raw-eml";
import { traceFor } from "../derive/trace";
import { MessageRecord } from "../generate/record";
import type { Mailboxes } from "../remediation/mailboxes";
import type { MessageStore } from "../store";
import { findRecord } from "../store";
import type { Reply } from "./envelope";
import { invalid, notFound, ok } from "./envelope";
import type { MessagePartPath } from "./routes";

// GET …/investigate/{investigate_id}[/view] and POST …/investigate/preview. The path takes the
// investigate id from search results or a bare postfix id, the older form (docs/cloudflare-api.md#ids).

const flag = z.enum(["true", "false"], { error: 'Use "true" or "false".' }).optional();
const pageNumber = (max: number) => z.coerce.number({ error: "Use a whole number." }).int("Use a whole number.").min(1, "Use at least 1.").max(max, `Use at most ${max}.`).optional();
const actionLogQuery = z.object({ page: pageNumber(1_000_000), per_page: pageNumber(MAX_PER_PAGE) });
// The newest body names the message by `id` (an investigate id); the older one by `postfix_id`.
const previewBody = z.union([z.object({ id: z.string().min(1, "Required.") }), z.object({ postfix_id: z.string().min(1, "Required.") })], {
  error: "Name the message by id (or, the older form, postfix_id).",
});

const issues = (error: z.ZodError) => error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));

// Bodies are kept only for detections (docs/cloudflare-api.md#retention), hence these two refusals.
const NOT_RETAINED = "Raw EML is kept only for detections; this message was not flagged, so its body was not retained.";
const USE_POST_PREVIEW = "This message is not a detection: ask for its preview with POST …/investigate/preview and its id.";

function lookup(store: MessageStore, id: string, query: URLSearchParams): MessageRecord | Reply {
  const submission = flag.safeParse(query.get("submission") ?? undefined);
  if (!submission.success) return invalid(issues(submission.error).map((issue) => ({ ...issue, path: "submission" })));
  const record = findRecord(store, id);
  // submission=true searches the submissions datastore only; the regular store also holds the original
  // of a reported message, so without it every message is found.
  if (!record || (submission.data === "true" && !record.key.submission)) return notFound(`No message with id ${id} was found.`);
  return record;
}

export function handleMessage(store: MessageStore, mailboxes: Mailboxes, id: string, view: MessagePartPath | null, query: URLSearchParams, defaultPerPage: number): Reply {
  const record = lookup(store, id, query);
  if (!(record instanceof MessageRecord)) return record;
  switch (view) {
    case null:
      return ok("message", mailboxes.message(record));
    case "detections":
      return ok("detections", detectionsFor(record));
    case "trace":
      return ok("trace", traceFor(record));
    case "raw":
      return record.key.detection ? ok("raw", { raw: rawEml(record) }) : notFound(NOT_RETAINED);
    case "preview":
      return record.key.detection ? ok("preview", { screenshot: previewFor(record) }) : notFound(USE_POST_PREVIEW);
    case "action_log": {
      const parsed = actionLogQuery.safeParse({ page: query.get("page") ?? undefined, per_page: query.get("per_page") ?? undefined });
      if (!parsed.success) return invalid(issues(parsed.error));
      const perPage = parsed.data.per_page ?? defaultPerPage;
      const pageIndex = parsed.data.page ?? 1;
      const all = actionLogFor(mailboxes.actions(record));
      const entries = all.slice((pageIndex - 1) * perPage, pageIndex * perPage);
      return ok("action_log", entries, { resultInfo: { count: entries.length, page: pageIndex, per_page: perPage, total_count: all.length } });
    }
  }
}

export function handlePreviewCreate(store: MessageStore, body: unknown): Reply {
  const parsed = previewBody.safeParse(body);
  if (!parsed.success) return invalid(issues(parsed.error));
  const named = "id" in parsed.data ? parsed.data.id : parsed.data.postfix_id;
  const record = findRecord(store, named);
  if (!record) return notFound(`No message with id ${named} was found.`);
  return ok("preview", { screenshot: previewFor(record) });
}
