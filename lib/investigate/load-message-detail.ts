import "server-only";
import { toApiError } from "@/lib/api/to-error-response";
import { isCloudflareError } from "@/lib/cloudflare/errors";
import { getMessageDetail } from "./get-message-detail";
import type { MessageDetail } from "./message-detail";
import { messageIdSchema } from "./message-id";

export type DetailOutcome = { kind: "found"; detail: MessageDetail } | { kind: "not_found" } | { kind: "failed"; message: string };

/** For pages: an id from a URL to the message, "not found" (a bad id included), or Cloudflare's failure. */
export async function loadMessageDetail(rawId: string, options: { preview: boolean }): Promise<DetailOutcome> {
  const id = messageIdSchema.safeParse(rawId);
  if (!id.success) return { kind: "not_found" };
  try {
    return { kind: "found", detail: await getMessageDetail(id.data, undefined, options) };
  } catch (error) {
    if (isCloudflareError(error) && error.code === "not_found") return { kind: "not_found" };
    return { kind: "failed", message: toApiError(error).message };
  }
}
