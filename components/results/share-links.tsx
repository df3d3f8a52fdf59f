"use client";

import { useState } from "react";
import { MenuButton } from "@/components/ui/menus";
import type { SearchUrlState } from "@/lib/search-url/parsers";
import { freezeSearch, searchToQuery, startRun, type SearchRun } from "@/lib/search-url/search-url";
import { routes } from "@/lib/routes";

/** "Copy link" shares the search as it is (relative ranges stay relative); "as of now" pins it to the
 *  window the shown rows came from, so the recipient sees the same rows. */
export function ShareLinks({ search, run }: { search: SearchUrlState; run: SearchRun | null }) {
  const [status, setStatus] = useState("");

  const copy = async (state: SearchUrlState, what: string) => {
    const query = searchToQuery(state).toString();
    const url = `${window.location.origin}${routes.search(query)}`;
    try {
      await navigator.clipboard.writeText(url);
      setStatus(`${what} copied.`);
    } catch {
      setStatus(`Copying is blocked here; the link is ${url}`);
    }
  };

  return (
    <div className="flex items-center gap-2">
      <MenuButton
        label="Share"
        icon="link"
        items={[
          { label: "Copy link", onSelect: () => void copy(search, "Link") },
          { label: "Copy link as of now", onSelect: () => void copy(freezeSearch(search, run ?? startRun(search)), "Link as of now") },
        ]}
      />
      <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
        {status}
      </p>
    </div>
  );
}
