"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useMessageScope } from "@/components/keyboard/keyboard-layer";
import { requestSearchBoxFocus } from "@/components/keyboard/search-box-focus";
import { useShortcuts } from "@/components/keyboard/use-shortcuts";
import { cachedResultIds } from "@/lib/queries/cached-result-ids";
import { routes } from "@/lib/routes";

type Props = { id: string; searchQuery: string; mode: "page" | "overlay" };

/**
 * A message's keys, the same over the results and on its own page: Esc goes back to the results, `/` to
 * the search box, j and k to the next and previous result of the search it was opened from.
 */
export function MessageKeys({ id, searchQuery, mode }: Props) {
  useMessageScope();
  const router = useRouter();
  const queryClient = useQueryClient();
  // Where the last j/k went, so keys pressed before that message arrives keep walking from it.
  const current = useRef(id);
  useEffect(() => {
    current.current = id;
  }, [id]);

  const backToResults = () => {
    // The overlay goes back, so the results beneath are where they were; the page opens the search.
    if (mode === "overlay") router.back();
    else router.push(routes.search(searchQuery));
  };

  const step = async (delta: 1 | -1) => {
    let ids = cachedResultIds(queryClient, searchQuery);
    // Loaded on demand, so a message page carries none of the search's code until j or k asks for it.
    if (!ids.includes(current.current)) ids = await (await import("@/lib/queries/load-result-ids")).loadResultIds(queryClient, searchQuery, current.current);
    const index = ids.indexOf(current.current);
    const next = ids[index + delta];
    if (index === -1 || !next) return;
    current.current = next;
    // replace, not push: Back (and Esc) still return to the results, not through every message seen.
    if (mode === "overlay") router.replace(routes.message(next, searchQuery), { scroll: false });
    // A page loads the next one afresh: a soft navigation from a message page would open the next
    // message over it, since app/messages/@modal intercepts every move between message paths.
    else window.location.replace(routes.message(next, searchQuery));
  };

  useShortcuts("message", {
    Escape: (event) => {
      // Over the results, the dialog closes itself on Escape (overlay.tsx).
      if (mode === "overlay") return;
      event.preventDefault();
      backToResults();
    },
    "/": (event) => {
      event.preventDefault();
      requestSearchBoxFocus();
      backToResults();
    },
    j: (event) => {
      event.preventDefault();
      void step(1);
    },
    k: (event) => {
      event.preventDefault();
      void step(-1);
    },
  });
  return null;
}
