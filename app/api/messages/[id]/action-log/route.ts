import { parseMessageId } from "@/lib/api/parse-message-id";
import { route } from "@/lib/api/route";
import { actionLogSchemaOut } from "@/lib/investigate/message";
import { getInvestigator } from "@/lib/server/investigator";
import { projectOnto } from "@/lib/validation/project";

// GET /api/messages/{id}/action-log — post-delivery actions (moves, releases, previews)
export const GET = route<{ id: string }>(async (request, { params }) => {
  const id = parseMessageId(params.id);
  return Response.json(projectOnto(actionLogSchemaOut, await getInvestigator().actionLog(id, request.signal)));
});
