"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useResultIds } from "./use-result-ids";

type Props = { id: string; searchQuery: string; mode: "page" | "overlay" };

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** Esc closes the overlay (or goes back to the results); j and k open the next and previous result. */
export function DetailKeyboard({ id, searchQuery, mode }: Props) {
  const router = useRouter();
  const resultIds = useResultIds(searchQuery);
  // Where the last j/k went, so keys pressed before that message arrives keep walking from it.
  const current = useRef(id);
  useEffect(() => {
    current.current = id;
  }, [id]);

  useEffect(() => {
    // Capture phase: in the overlay the results stay mounted beneath with their own j/k/Enter keys. Their
    // j/k still run after ours (so the selected row follows and closing lands on it); their Enter does not.
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        if (mode === "overlay") router.back();
        else router.push(searchQuery ? `/messages?${searchQuery}` : "/messages");
        return;
      }
      if (event.key === "Enter" && mode === "overlay" && !(event.target instanceof Element && event.target.closest("a, button"))) {
        event.stopPropagation();
        return;
      }
      if (event.key !== "j" && event.key !== "k") return;
      const ids = resultIds();
      const index = ids.indexOf(current.current);
      const next = ids[index + (event.key === "j" ? 1 : -1)];
      if (index === -1 || !next) return;
      current.current = next;
      // replace, not push: Back (and Esc) still return to the results, not through every message seen.
      router.replace(`/messages/${encodeURIComponent(next)}${searchQuery ? `?${searchQuery}` : ""}`, { scroll: false });
    };
    document.addEventListener("keydown", onKey, true);
    return () => document.removeEventListener("keydown", onKey, true);
  }, [searchQuery, mode, router, resultIds]);

  return null;
}
