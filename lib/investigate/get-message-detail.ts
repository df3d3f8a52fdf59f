import "server-only";
import { isCloudflareError } from "@/lib/cloudflare/errors";
import { toApiError } from "@/lib/api/to-error-response";
import { getMessage } from "./get-message";
import { messageDetailSchema, type DetailPart, type MessageDetail, type MissingPart } from "./message-detail";
import { getMessageActionLog, getMessageDetections, getMessagePreview, getMessageTrace } from "./message-parts";

// One message with everything around it. Only the message itself is required: when it fails the
// caller gets its error (not found → 404 page); any other part failing is recorded as missing.

/** `preview: false` skips the screenshot (a viewer who may not see content): no upstream call spent on it. */
export async function getMessageDetail(id: string, signal?: AbortSignal, { preview: wantPreview = true } = {}): Promise<MessageDetail> {
  const [message, detections, actionLog, trace, preview] = await Promise.allSettled([
    getMessage(id, signal),
    getMessageDetections(id, signal),
    getMessageActionLog(id, signal),
    getMessageTrace(id, signal),
    wantPreview ? getMessagePreview(id, signal) : Promise.resolve(null),
  ]);
  if (message.status === "rejected") throw message.reason;

  const missing: MissingPart[] = [];
  const settle = <T>(part: DetailPart, result: PromiseSettledResult<T>): T | null => {
    if (result.status === "fulfilled") return result.value;
    missing.push({ part, reason: reasonOf(result.reason) });
    return null;
  };

  const detectionsValue = settle("detections", detections);
  const actionLogValue = settle("action log", actionLog);
  const traceValue = settle("trace", trace);
  // Cloudflare keeps previews of non-benign mail only: "none" is an answer, not a failure.
  const noPreview = preview.status === "rejected" && isCloudflareError(preview.reason) && preview.reason.code === "not_found";
  const previewValue = noPreview ? null : settle("preview", preview);

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

function reasonOf(error: unknown): string {
  return toApiError(error).message;
}
