import { route } from "@/lib/api/route";
import { readJsonBody } from "@/lib/api/read-json-body";
import { toViewEntry, viewInputSchema, viewListSchema } from "@/lib/api/view-answers";
import { ApiError } from "@/lib/http/api-error";
import { listViews, MAX_OWN_VIEWS, saveView } from "@/lib/views/saved-views";
import { projectOnto } from "@/lib/validation/project";

// GET /api/views — the signed-in user's saved views and those the team shares, newest first
export const GET = route(async (_request, { principal }) =>
  Response.json(projectOnto(viewListSchema, { views: (await listViews(principal.id)).map((view) => toViewEntry(view, principal.id)) })),
);

// POST /api/views — saves the search (`searchQuery`, as the search page's URL holds it) under a name
export const POST = route(async (request, { principal }) => {
  const input = await readJsonBody(request, viewInputSchema);
  const view = await saveView(principal, input);
  if (!view) throw new ApiError("bad_request", `You keep ${MAX_OWN_VIEWS} views already: delete one first.`, { fields: { name: ["one view too many"] } });
  return Response.json(projectOnto(viewListSchema, { views: [toViewEntry(view, principal.id)] }), { status: 201 });
});
