"use client";

import { useHydrated } from "@/lib/preferences/stored-value";
import { CopyButton } from "./copy-button";

/** "Copy link" and "copy as ticket": both need the origin, which only the browser knows for sure. The
 *  ticket's text is made on the server (lib/investigate/ticket.ts); its last line, the link, here. */
export function HeaderActions({ path, ticket }: { path: string; ticket: string }) {
  const hydrated = useHydrated();
  const link = hydrated ? `${window.location.origin}${path}` : path;
  return (
    <div className="flex flex-wrap gap-2">
      <CopyButton value={link} label="Copy link to this message">
        Copy link
      </CopyButton>
      <CopyButton value={`${ticket}\nLink: ${link}`} label="Copy as ticket">
        Copy as ticket
      </CopyButton>
    </div>
  );
}
