import { route } from "@/lib/api/route";
import { badRequest } from "@/lib/http/api-error";
import { overviewAnswerSchema, overviewQuerySchema } from "@/lib/overview/overview-answer";
import { overviewOf } from "@/lib/server/overview";
import { projectOnto } from "@/lib/validation/project";
import { readQueryParams } from "@/lib/validation/read-query-params";

// GET /api/overview?period=7|30 — detections per UTC day by disposition for the period ending today,
// with totals and the period before: what is counted so far (from the database), the rest counted in
// the background within the overview's share of the budget
export const GET = route(async (request) => {
  const read = readQueryParams(new URL(request.url).searchParams, overviewQuerySchema, "is not a setting of the overview");
  if (!read.ok) throw badRequest(read.fields, "The overview's settings are not valid.");
  const period = read.query.period === "7" ? 7 : 30;
  return Response.json(projectOnto(overviewAnswerSchema, await overviewOf(period)));
});
