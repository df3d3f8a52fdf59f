import { route } from "@/lib/api/route";
import { getInvestigator } from "@/lib/server/investigator";
import { parseMessageId } from "@/lib/api/parse-message-id";
import { projectOnto } from "@/lib/validation/project";
import { traceSchemaOut } from "@/lib/investigate/trace";

// GET /api/messages/{id}/trace — inbound and outbound delivery trace lines
export const GET = route<{ id: string }>(async (request, { params }) => {
  const id = parseMessageId(params.id);
  return Response.json(projectOnto(traceSchemaOut, await getInvestigator().trace(id, request.signal)));
});
