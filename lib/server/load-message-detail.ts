import "server-only";
import { toApiError } from "@/lib/api/to-error-response";
import { hasRole } from "@/lib/accounts/roles";
import type { Principal } from "@/lib/auth/session-token";
import { runAsUser } from "@/lib/budget/current-user";
import { isCloudflareError } from "@/lib/cloudflare/errors";
import type { MessageDetail } from "@/lib/investigate/message-detail";
import { messageIdSchema } from "@/lib/investigate/message-id";
import { getInvestigator } from "./investigator";

export type DetailOutcome =
  | { kind: "found"; detail: MessageDetail }
  | { kind: "invalid" }
  | { kind: "not_found" }
  | { kind: "failed"; message: string; status: number };

/**
 * For pages: an id from a URL to the message, "invalid" (it cannot be an id; nothing was asked), "not
 * found", or Cloudflare's failure with the status the API would answer.
 * The upstream calls are spent from the viewer's share of the budget, as an API route's would be, and
 * the preview is fetched only for a viewer allowed to see message content.
 */
export async function loadMessageDetail(rawId: string, viewer: Principal): Promise<DetailOutcome> {
  const id = messageIdSchema.safeParse(rawId);
  if (!id.success) return { kind: "invalid" };
  const preview = hasRole(viewer.role, "analyst");
  try {
    return { kind: "found", detail: await runAsUser(viewer.id, () => getInvestigator().detail(id.data, { preview })) };
  } catch (error) {
    if (isCloudflareError(error) && error.code === "not_found") return { kind: "not_found" };
    const { message, status } = toApiError(error);
    return { kind: "failed", message, status };
  }
}
