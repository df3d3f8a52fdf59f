import { messageDetail } from "@/lib/api/audit-details";
import { route } from "@/lib/api/route";
import { getMessage } from "@/lib/investigate/get-message";
import { messageSchema } from "@/lib/investigate/message";
import { parseMessageId } from "@/lib/investigate/parse-message-id";

// GET /api/messages/{id} — one message, by investigate id or postfix id
export const GET = route<{ id: string }>(
  async (request, { params }) => Response.json(messageSchema.parse(await getMessage(parseMessageId(params.id), request.signal))),
  { audit: { event: "message_view", detail: messageDetail } },
);
