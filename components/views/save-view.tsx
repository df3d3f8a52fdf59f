"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PopoverButton } from "@/components/ui/menus";
import { readApiError } from "@/lib/queries/api-request-error";
import { routes } from "@/lib/routes";
import type { SearchUrlState } from "@/lib/search-url/parsers";
import { searchToQuery } from "@/lib/search-url/search-url";

const MAX_NAME = 100;

/** Keeps the search as it is under a name: the user's own, or shared with the team; pinned to the navigation. */
export function SaveView({ search }: { search: SearchUrlState }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [said, setSaid] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    setSaid(null);
    try {
      const response = await fetch(routes.api.views(), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ name, searchQuery: searchToQuery(search).toString(), shared, pinned }),
      });
      if (!response.ok) throw await readApiError(response);
      setSaid({ kind: "ok", text: `Saved as “${name.trim()}”${shared ? ", shared with the team" : ""}.` });
      setOpen(false);
      setName("");
    } catch (error) {
      setSaid({ kind: "error", text: error instanceof Error ? error.message : "The view could not be saved." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <PopoverButton label="Save view" icon="bookmark-plus" open={open} onOpenChange={setOpen}>
        <form
          aria-label="Save this search as a view"
          className="flex w-72 flex-col gap-2 p-1"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) void save();
          }}
        >
          <label className="text-sm font-medium" htmlFor="view-name">
            View name
          </label>
          <input id="view-name" className={inputClass} placeholder="Name of the view" value={name} maxLength={MAX_NAME} onChange={(event) => setName(event.target.value)} />
          <label className="flex items-center gap-1.5 text-sm">
            <input type="checkbox" checked={shared} onChange={(event) => setShared(event.target.checked)} /> Share with the team
          </label>
          <label className="flex items-center gap-1.5 text-sm">
            <input type="checkbox" checked={pinned} onChange={(event) => setPinned(event.target.checked)} /> Pin to the navigation
          </label>
          {said?.kind === "error" ? (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {said.text}
            </p>
          ) : null}
          <Button type="submit" variant="primary" className="self-end" disabled={busy || !name.trim()}>
            Save
          </Button>
        </form>
      </PopoverButton>
      <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
        {said?.kind === "ok" ? said.text : null}
      </p>
    </div>
  );
}
