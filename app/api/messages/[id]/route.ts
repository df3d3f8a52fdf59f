import { messageDetail } from "@/lib/api/audit-details";
import { route } from "@/lib/api/route";
import { getInvestigator } from "@/lib/server/investigator";
import { messageSchema } from "@/lib/investigate/message";
import { parseMessageId } from "@/lib/api/parse-message-id";
import { projectOnto } from "@/lib/validation/project";

// GET /api/messages/{id} — one message, by investigate id or postfix id, through the message's schema
export const GET = route<{ id: string }>(
  async (request, { params }) => Response.json(projectOnto(messageSchema, await getInvestigator().message(parseMessageId(params.id), request.signal))),
  { audit: { event: "message_view", detail: messageDetail } },
);
