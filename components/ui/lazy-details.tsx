"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

type Props = {
  /** The <summary> element. */
  summary: ReactNode;
  /** Opens the section whenever it turns true (an error inside it, say); the user can still close it. */
  open?: boolean;
  /** A menu rather than a section: Escape inside it, or a click outside it, closes it (Escape gives the focus back to its summary). */
  dismissible?: boolean;
  className?: string;
  children: ReactNode;
};

/** A <details> whose content is in the DOM only while it is open. Closed menus and filter sections would
 *  otherwise keep every control they hold in the page, which has a DOM budget (Lighthouse's 800). */
export function LazyDetails({ summary, open = false, dismissible = false, className, children }: Props) {
  const [expanded, setExpanded] = useState(open);
  const [asked, setAsked] = useState(open);
  const ref = useRef<HTMLDetailsElement>(null);
  if (open !== asked) {
    setAsked(open);
    if (open) setExpanded(true);
  }
  useEffect(() => {
    if (!dismissible || !expanded) return;
    const outside = (event: PointerEvent) => {
      if (ref.current && event.target instanceof Node && !ref.current.contains(event.target)) setExpanded(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [dismissible, expanded]);
  return (
    <details
      ref={ref}
      open={expanded}
      onToggle={(event) => setExpanded(event.currentTarget.open)}
      onKeyDown={(event) => {
        if (!dismissible || !expanded || event.key !== "Escape") return;
        // The menu's Escape: the list or an overlay under it must not take it too.
        event.stopPropagation();
        setExpanded(false);
        ref.current?.querySelector("summary")?.focus();
      }}
      className={className}
    >
      {summary}
      {expanded && children}
    </details>
  );
}
