"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { readApiError } from "@/lib/queries/api-request-error";
import { routes } from "@/lib/routes";

/** Deletes one of the user's own views, then shows the list without it. */
export function DeleteViewButton({ id, name }: { id: number; name: string }) {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function remove() {
    setBusy(true);
    try {
      const response = await fetch(routes.api.view(id), { method: "DELETE" });
      if (!response.ok) throw await readApiError(response);
      router.refresh();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : "The view could not be deleted.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <span className="flex items-center gap-2">
      <Button variant="ghost" disabled={busy} aria-label={`Delete the view ${name}`} onClick={() => void remove()}>
        Delete
      </Button>
      {problem ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
