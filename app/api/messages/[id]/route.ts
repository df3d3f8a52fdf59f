import { z } from "zod";
import { badRequest } from "@/lib/api/api-error";
import { messageDetail } from "@/lib/api/audit-details";
import { route } from "@/lib/api/route";
import { getMessage } from "@/lib/investigate/get-message";
import { messageIdSchema } from "@/lib/investigate/message-id";
import { messageSchema } from "@/lib/investigate/message";

// GET /api/messages/{id} — one message, by investigate id or postfix id
export const GET = route<{ id: string }>(async (request, { params }) => {
  const id = messageIdSchema.safeParse(params.id);
  if (!id.success) throw badRequest({ id: z.flattenError(id.error).formErrors }, "The message id is not valid.");
  return Response.json(messageSchema.parse(await getMessage(id.data, request.signal)));
}, { audit: { event: "message_view", detail: messageDetail } });
