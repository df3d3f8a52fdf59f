import { queryOptions } from "@tanstack/react-query";
import { routes } from "@/lib/routes";
import { readApiError } from "./api-request-error";

// Apart from lib/queries/triage.ts: only managers' forms ask it, and they load on their own.

/** The analysts a manager can assign a message to. */
export function analystsOptions() {
  return queryOptions({
    queryKey: ["analysts"] as const,
    queryFn: async ({ signal }) => {
      const response = await fetch(routes.api.analysts(), { signal, cache: "no-store" });
      if (!response.ok) throw await readApiError(response);
      const body = (await response.json()) as { analysts?: { id: string; name: string }[] };
      return Array.isArray(body.analysts) ? body.analysts : [];
    },
    staleTime: 60_000,
    retry: false,
  });
}
