import { z } from "zod";
import { route } from "@/lib/api/route";
import { actionEntrySchemaOut } from "@/lib/investigate/message";
import { getInvestigator } from "@/lib/server/investigator";
import { parseMessageId } from "@/lib/api/parse-message-id";

// GET /api/messages/{id}/action-log — post-delivery actions (moves, releases, previews)
export const GET = route<{ id: string }>(async (request, { params }) => {
  const id = parseMessageId(params.id);
  return Response.json(z.array(actionEntrySchemaOut).parse(await getInvestigator().actionLog(id, request.signal)));
});
