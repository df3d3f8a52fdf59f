"use client";

import { useHydrated } from "@/lib/preferences/stored-value";
import { ticketMarkdown, type TicketInput } from "@/lib/investigate/ticket";
import { CopyButton } from "./copy-button";

/** "Copy link" and "copy as ticket": both need the origin, which only the browser knows for sure. */
export function HeaderActions({ path, ticket }: { path: string; ticket: Omit<TicketInput, "link"> }) {
  const hydrated = useHydrated();
  const link = hydrated ? `${window.location.origin}${path}` : path;
  return (
    <div className="flex flex-wrap gap-2">
      <CopyButton value={link} label="Copy link to this message">
        Copy link
      </CopyButton>
      <CopyButton value={ticketMarkdown({ ...ticket, link })} label="Copy as ticket">
        Copy as ticket
      </CopyButton>
    </div>
  );
}
