import "server-only";
import { isCloudflareError } from "@/lib/cloudflare/errors";
import type { CloudflareClient } from "@/lib/cloudflare/client";
import { getMessage } from "./get-message";
import { messageDetailSchema, type DetailPart, type MessageDetail, type MissingPart } from "./message-detail";
import { getMessageActionLog, getMessageDetections, getMessagePreview, getMessageTrace } from "./message-parts";

// One message with everything around it. Only the message itself is required: when it fails the
// caller gets its error (not found → 404 page); any other part failing is recorded as missing, in the
// words the caller's `describeFailure` gives it (the API's, so a page and a route say the same thing).

export type DetailDeps = { client: CloudflareClient; describeFailure: (error: unknown) => string };

/** `preview: false` skips the screenshot (a viewer who may not see content): no upstream call spent on it. */
export async function getMessageDetail(
  { client, describeFailure }: DetailDeps,
  id: string,
  { preview: wantPreview = true, signal }: { preview?: boolean; signal?: AbortSignal } = {},
): Promise<MessageDetail> {
  const [message, detections, actionLog, trace, preview] = await Promise.allSettled([
    getMessage(client, id, signal),
    getMessageDetections(client, id, signal),
    getMessageActionLog(client, id, signal),
    getMessageTrace(client, id, signal),
    wantPreview ? getMessagePreview(client, id, signal) : Promise.resolve(null),
  ]);
  if (message.status === "rejected") throw message.reason;

  const missing: MissingPart[] = [];
  const partOrMissing = <T>(part: DetailPart, result: PromiseSettledResult<T>): T | null => {
    if (result.status === "fulfilled") return result.value;
    missing.push({ part, reason: describeFailure(result.reason) });
    return null;
  };

  const detectionsValue = partOrMissing("detections", detections);
  const actionLogValue = partOrMissing("action log", actionLog);
  const traceValue = partOrMissing("trace", trace);
  // Cloudflare keeps previews of non-benign mail only: "none" is an answer, not a failure.
  const noPreview = preview.status === "rejected" && isCloudflareError(preview.reason) && preview.reason.code === "not_found";
  const previewValue = noPreview ? null : partOrMissing("preview", preview);

  return messageDetailSchema.parse({
    message: message.value,
    findings: detectionsValue ? detectionsValue.findings : message.value.findings,
    findingsSource: detectionsValue ? "detections" : "embedded",
    actionLog: actionLogValue ?? message.value.action_log,
    actionLogSource: actionLogValue ? "action_log" : "embedded",
    detections: detectionsValue,
    trace: traceValue,
    hasPreview: previewValue !== null,
    missing,
  });
}
