import { route } from "@/lib/api/route";
import { analystsToAssign } from "@/lib/triage/triage";

// GET /api/analysts — the analysts a manager can assign a message to (those who have signed in), by name
export const GET = route(async () => Response.json({ analysts: await analystsToAssign() }), { onlyRole: "manager" });
