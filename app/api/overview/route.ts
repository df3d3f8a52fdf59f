import { route } from "@/lib/api/route";
import { badRequest } from "@/lib/http/api-error";
import { daysOf, filtersOf, overviewAnswerSchema, overviewQuerySchema } from "@/lib/overview/overview-answer";
import { overviewOf } from "@/lib/server/overview";
import { projectOnto } from "@/lib/validation/project";
import { readQueryParams } from "@/lib/validation/read-query-params";

// GET /api/overview?period=7|30 or ?first=&last= (UTC days) — detections per UTC day by disposition,
// with totals and the period before: what is counted so far (from the database), the rest counted in
// the background within the overview's share of the budget
export const GET = route(async (request) => {
  const read = readQueryParams(new URL(request.url).searchParams, overviewQuerySchema, "is not a setting of the overview");
  if (!read.ok) throw badRequest(read.fields, "The overview's settings are not valid.");
  return Response.json(projectOnto(overviewAnswerSchema, await overviewOf(daysOf(read.query), filtersOf(read.query))));
});
