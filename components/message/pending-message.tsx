"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { messageIdOf } from "@/lib/routes";
import { searchFromQuery, searchToQuery } from "@/lib/search-url/search-url";
import { MessageKeys } from "./message-keys";

/** A message on its way: the keys of the message the URL names already work, so j, j walks on from it. */
export function PendingMessage() {
  const id = messageIdOf(usePathname()) ?? "";
  const searchQuery = searchToQuery(searchFromQuery(new URLSearchParams(useSearchParams().toString()))).toString();
  return (
    <div aria-busy="true" className="space-y-4">
      <MessageKeys id={id} searchQuery={searchQuery} mode="overlay" />
      <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
        Loading the message…
      </p>
      <div aria-hidden="true" className="animate-pulse space-y-3">
        <div className="h-7 w-2/3 rounded bg-zinc-200 dark:bg-zinc-800" />
        <div className="h-4 w-1/2 rounded bg-zinc-200 dark:bg-zinc-800" />
        <div className="h-24 rounded bg-zinc-100 dark:bg-zinc-900" />
      </div>
    </div>
  );
}
