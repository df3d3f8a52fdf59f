import { messageDetail } from "@/lib/api/audit-details";
import { route } from "@/lib/api/route";
import { getInvestigator } from "@/lib/server/investigator";
import { parseMessageId, safeFileName } from "@/lib/api/parse-message-id";

// GET /api/messages/{id}/raw — the EML as a download, streamed on as Cloudflare sends it. Attacker-written
// HTML and script live in it, so it is never something a browser may render or sniff: attachment
// disposition and nosniff, always. Message content: analysts only.
export const GET = route<{ id: string }>(async (request, { params }) => {
  const id = parseMessageId(params.id);
  const raw = await getInvestigator().raw(id, request.signal);
  return new Response(raw, {
    headers: {
      "Content-Type": "message/rfc822",
      "Content-Disposition": `attachment; filename="${safeFileName(id)}.eml"`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
    },
  });
}, { role: "analyst", audit: { event: "raw_download", detail: messageDetail } });
