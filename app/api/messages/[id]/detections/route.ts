import { route } from "@/lib/api/route";
import { detectionsSchemaOut } from "@/lib/investigate/detections";
import { getInvestigator } from "@/lib/server/investigator";
import { parseMessageId } from "@/lib/api/parse-message-id";
import { projectOnto } from "@/lib/validation/project";

// GET /api/messages/{id}/detections — findings, links, attachments, headers, sender info
export const GET = route<{ id: string }>(async (request, { params }) => {
  const id = parseMessageId(params.id);
  return Response.json(projectOnto(detectionsSchemaOut, await getInvestigator().detections(id, request.signal)));
});
