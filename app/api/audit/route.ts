import { route } from "@/lib/api/route";
import { auditAnswer } from "@/lib/api/audit-answer";

// GET /api/audit?who=&event=&outcome=&from=&to=&before=&format=json|csv — the audit trail, for managers
export const GET = route(async (request) => auditAnswer(new URL(request.url).searchParams), {
  onlyRole: "manager",
  audit: { event: "audit_read", detail: (request) => ({ what: new URL(request.url).search.slice(0, 300) }) },
});
