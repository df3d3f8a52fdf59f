import { route } from "@/lib/api/route";
import { getMessageTrace } from "@/lib/investigate/message-parts";
import { parseMessageId } from "@/lib/investigate/parse-message-id";
import { traceSchemaOut } from "@/lib/investigate/trace";

// GET /api/messages/{id}/trace — inbound and outbound delivery trace lines
export const GET = route<{ id: string }>(async (request, { params }) => {
  const id = parseMessageId(params.id);
  return Response.json(traceSchemaOut.parse(await getMessageTrace(id, request.signal)));
});
