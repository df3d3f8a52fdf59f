import { z } from "zod";
import { route } from "@/lib/api/route";
import { actionEntrySchemaOut } from "@/lib/investigate/message";
import { getMessageActionLog } from "@/lib/investigate/message-parts";
import { parseMessageId } from "@/lib/investigate/parse-message-id";

// GET /api/messages/{id}/action-log — post-delivery actions (moves, releases, previews)
export const GET = route<{ id: string }>(async (request, { params }) => {
  const id = parseMessageId(params.id);
  return Response.json(z.array(actionEntrySchemaOut).parse(await getMessageActionLog(id, request.signal)));
});
