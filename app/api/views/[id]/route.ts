import { route } from "@/lib/api/route";
import { parseViewId } from "@/lib/api/view-answers";
import { ApiError, badRequest } from "@/lib/http/api-error";
import { deleteView } from "@/lib/views/saved-views";

// DELETE /api/views/{id} — deletes one of the user's own saved views (another's is not found)
export const DELETE = route<{ id: string }>(async (_request, { params, principal }) => {
  const id = parseViewId(params.id);
  if (id === null) throw badRequest({ id: ["must be a view's number"] }, "The view id is not valid.");
  if (!(await deleteView(principal.id, id))) throw new ApiError("not_found", "You have no saved view with this id.");
  return new Response(null, { status: 204 });
});
