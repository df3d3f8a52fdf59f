import { route } from "@/lib/api/route";
import { badRequest } from "@/lib/http/api-error";
import { QUEUE_PAGE_SIZE, readQueueQuery } from "@/lib/triage/queue-query";
import { queueAnswerSchema, toQueueAnswer } from "@/lib/triage/queue-answer";
import { readQueue } from "@/lib/triage/triage";
import { projectOnto } from "@/lib/validation/project";

// GET /api/triage?view=mine|unassigned|in_review|resolved_today|all&status&verdict&assignee&disposition&before
// — the team's queue, from the database alone (no call to Cloudflare), most recently changed first
export const GET = route(async (request, { principal }) => {
  const read = readQueueQuery(new URL(request.url).searchParams);
  if (!read.ok) throw badRequest(read.fields, "Some filters of the queue are not valid.");
  return Response.json(projectOnto(queueAnswerSchema, toQueueAnswer(await readQueue(read.query, principal.id, QUEUE_PAGE_SIZE))));
});
