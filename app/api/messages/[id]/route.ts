import { messageDetail } from "@/lib/api/audit-details";
import { route } from "@/lib/api/route";
import { getMessage } from "@/lib/investigate/get-message";
import type { Message } from "@/lib/investigate/message";
import { parseMessageId } from "@/lib/investigate/parse-message-id";

// GET /api/messages/{id} — one message, by investigate id or postfix id; sent as reshapeMessage built it
// from the validated upstream, which the outgoing schema would not change (lib/investigate/message.test.ts)
export const GET = route<{ id: string }>(
  async (request, { params }) => Response.json((await getMessage(parseMessageId(params.id), request.signal)) satisfies Message),
  { audit: { event: "message_view", detail: messageDetail } },
);
