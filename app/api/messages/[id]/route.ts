import { messageDetail } from "@/lib/api/audit-details";
import { route } from "@/lib/api/route";
import { getInvestigator } from "@/lib/server/investigator";
import type { Message } from "@/lib/investigate/message";
import { parseMessageId } from "@/lib/api/parse-message-id";

// GET /api/messages/{id} — one message, by investigate id or postfix id; sent as reshapeMessage built it
// from the validated upstream, which the outgoing schema would not change (lib/investigate/message.test.ts)
export const GET = route<{ id: string }>(
  async (request, { params }) => Response.json((await getInvestigator().message(parseMessageId(params.id), request.signal)) satisfies Message),
  { audit: { event: "message_view", detail: messageDetail } },
);
