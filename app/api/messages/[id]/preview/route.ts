import { ApiError } from "@/lib/http/api-error";
import { messageDetail } from "@/lib/api/audit-details";
import { route } from "@/lib/api/route";
import { getInvestigator } from "@/lib/server/investigator";
import { parseMessageId } from "@/lib/api/parse-message-id";

// GET /api/messages/{id}/preview — Cloudflare's screenshot of the body as image/png; 404 when it has none.
// Message content: analysts only.
export const GET = route<{ id: string }>(async (request, { params }) => {
  const id = parseMessageId(params.id);
  const png = await getInvestigator().preview(id, request.signal);
  if (!png) throw new ApiError("upstream_failed", "Cloudflare's preview is not a PNG image.");
  return new Response(png.slice().buffer, {
    headers: { "Content-Type": "image/png", "X-Content-Type-Options": "nosniff" },
  });
}, { role: "analyst", audit: { event: "preview_view", detail: messageDetail } });
