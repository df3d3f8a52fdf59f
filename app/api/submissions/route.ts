import { route } from "@/lib/api/route";
import { submissionsAnswerSchema, toSubmissionsAnswer } from "@/lib/remediation/remediation-answer";
import { getCloudflareClient } from "@/lib/server/upstream";
import { projectOnto } from "@/lib/validation/project";

// GET /api/submissions — the latest reports to Cloudflare (the team's and users'), with their outcome once reviewed
export const GET = route(async (request) => {
  const list = await getCloudflareClient().listSubmissions(100, { signal: request.signal });
  return Response.json(projectOnto(submissionsAnswerSchema, toSubmissionsAnswer(list)));
});
