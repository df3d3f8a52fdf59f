import { route } from "@/lib/api/route";
import { detectionsSchemaOut } from "@/lib/investigate/detections";
import { getMessageDetections } from "@/lib/investigate/message-parts";
import { parseMessageId } from "@/lib/investigate/parse-message-id";

// GET /api/messages/{id}/detections — findings, links, attachments, headers, sender info
export const GET = route<{ id: string }>(async (request, { params }) => {
  const id = parseMessageId(params.id);
  return Response.json(detectionsSchemaOut.parse(await getMessageDetections(id, request.signal)));
});
