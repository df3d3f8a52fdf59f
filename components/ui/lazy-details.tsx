"use client";

import { useState, type ReactNode } from "react";

type Props = {
  /** The <summary> element. */
  summary: ReactNode;
  /** Opens the section whenever it turns true (an error inside it, say); the user can still close it. */
  open?: boolean;
  className?: string;
  children: ReactNode;
};

/** A <details> whose content is in the DOM only while it is open. Closed menus and filter sections would
 *  otherwise keep every control they hold in the page, which has a DOM budget (Lighthouse's 800). */
export function LazyDetails({ summary, open = false, className, children }: Props) {
  const [expanded, setExpanded] = useState(open);
  const [asked, setAsked] = useState(open);
  if (open !== asked) {
    setAsked(open);
    if (open) setExpanded(true);
  }
  return (
    <details open={expanded} onToggle={(event) => setExpanded(event.currentTarget.open)} className={className}>
      {summary}
      {expanded && children}
    </details>
  );
}
