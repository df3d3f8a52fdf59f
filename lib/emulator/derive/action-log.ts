import { ACTION_LOG_OPERATIONS } from "../contract/message";
import type { WireActionEntry } from "../generate/record";

// GET …/investigate/{id}/action_log: ActionEntry knows only PREVIEW, QUARANTINE_RELEASE, SUBMISSION and
// MOVE (docs/cloudflare-api.md#value-lists), so the embedded log's RELEASE/RECLASSIFY entries are not listed here.

export function actionLogFor(actions: readonly WireActionEntry[]): WireActionEntry[] {
  return actions.filter((entry) => entry.operation !== null && entry.operation !== undefined && ACTION_LOG_OPERATIONS.includes(entry.operation));
}
