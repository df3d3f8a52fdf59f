import { routes } from "@/lib/routes";
import type { BulkAnswer } from "@/lib/triage/bulk-answer";
import type { QueueAnswerRow } from "@/lib/triage/queue-answer";
import type { BulkChange } from "@/lib/triage/triage-change";
import { ApiRequestError, readApiError } from "./api-request-error";

// A change to many messages from the browser: first where each stands now (the database alone, 100 ids a
// read), so the person confirms a count knowing what is claimed by whom, then the change itself, each
// message against the version just read.

const IDS_PER_READ = 100;

export type Standing = Pick<QueueAnswerRow, "status" | "assignee" | "verdict" | "version">;
const UNTRIAGED: Standing = { status: "new", assignee: null, verdict: null, version: 0 };

/** Where each message stands now; a message nobody has triaged is new, at version 0. */
export async function readStandings(ids: readonly string[], signal?: AbortSignal): Promise<Map<string, Standing>> {
  const chunks = Array.from({ length: Math.ceil(ids.length / IDS_PER_READ) }, (_, i) => ids.slice(i * IDS_PER_READ, (i + 1) * IDS_PER_READ));
  const pages = await Promise.all(
    chunks.map(async (chunk) => {
      const response = await fetch(routes.api.queue(new URLSearchParams({ view: "all", ids: chunk.join(",") }).toString()), { signal, cache: "no-store" });
      if (!response.ok) throw await readApiError(response);
      const body = (await response.json()) as { rows?: QueueAnswerRow[] };
      return Array.isArray(body.rows) ? body.rows : [];
    }),
  );
  const found = new Map(pages.flat().map((row) => [row.messageId, row]));
  return new Map(ids.map((id) => [id, found.get(id) ?? UNTRIAGED]));
}

export async function sendBulkChange(bulk: BulkChange): Promise<BulkAnswer> {
  const response = await fetch(routes.api.queue(), { method: "POST", cache: "no-store", headers: { "Content-Type": "application/json" }, body: JSON.stringify(bulk) });
  if (!response.ok) throw await readApiError(response);
  // Checked by shape, not by the schema: zod is kept out of the search page's first load.
  const answer = (await response.json().catch(() => null)) as BulkAnswer | null;
  if (!answer || ![answer.changed, answer.unchanged, answer.refused].every(Array.isArray)) {
    throw new ApiRequestError("The dashboard answered the change with something the page cannot read.", response.status, { code: "internal" });
  }
  return answer;
}
