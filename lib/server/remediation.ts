import "server-only";
import { isCloudflareError } from "@/lib/cloudflare/errors";
import type { UpstreamMoveResult, UpstreamReleaseResult } from "@/lib/cloudflare/schemas/remediation";
import { processWide } from "@/lib/process-wide";
import { remediate, RemediationRefusal, type Actor, type Remediated } from "@/lib/remediation/remediation";
import type { MoveDestination } from "@/lib/remediation/remediation-values";
import { forgetMessageCopies, getCloudflareClient } from "./upstream";

// Moves and releases, wired to this process's Cloudflare client. A token without Cloud Email Security:
// Write makes Cloudflare answer an action with 403: from then on this process says so and offers no
// action until it restarts (with a token that can write). What was kept of the message is forgotten, so
// its page shows what the action did.

const READ_ONLY =
  "The Cloudflare API token is read-only (it lacks Cloud Email Security: Write), so the dashboard cannot move or release mail. Actions are off until it restarts with a token that can write.";

const state = processWide("remediation-state", () => ({ readOnly: false }));

/** Whether this process can act: "read-only" once Cloudflare refused an action for the token's rights. */
export function actionsState(): "on" | "read-only" {
  return state.readOnly ? "read-only" : "on";
}

export function moveOne(requestId: string, messageId: string, destination: MoveDestination, actor: Actor, signal?: AbortSignal): Promise<Remediated<UpstreamMoveResult>> {
  return act({ id: requestId, action: "move", messageIds: [messageId], destination, justification: null }, actor, () => getCloudflareClient().moveMessage(messageId, destination, { signal }));
}

export function releaseOne(requestId: string, messageId: string, actor: Actor, signal?: AbortSignal): Promise<Remediated<UpstreamReleaseResult>> {
  return act({ id: requestId, action: "release", messageIds: [messageId], destination: null, justification: null }, actor, () => getCloudflareClient().releaseMessages([messageId], { signal }));
}

async function act<R>(input: Parameters<typeof remediate>[0], actor: Actor, send: () => Promise<R[]>): Promise<Remediated<R>> {
  if (state.readOnly) throw new RemediationRefusal("forbidden", READ_ONLY);
  return remediate<R>(input, actor, async () => {
    try {
      return await send();
    } catch (error) {
      if (isCloudflareError(error) && error.status === 403) {
        state.readOnly = true;
        throw new RemediationRefusal("forbidden", READ_ONLY);
      }
      throw error;
    } finally {
      await Promise.all(input.messageIds.map((id) => forgetMessageCopies(id)));
    }
  });
}
