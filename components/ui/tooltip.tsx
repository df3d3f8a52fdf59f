"use client";

import { Slot } from "@radix-ui/react-slot";
import { useEffect, useState, type ComponentType, type ReactElement } from "react";
import { useHydrated } from "@/lib/preferences/stored-value";

// Tooltips (Radix, ./radix-menus.tsx, loaded after hydration like the menus of ./menus.tsx; until then
// the control stands alone). Apart from the menus, so a page with hints and no menu carries no menu code.

/** `children`: one control that takes a ref and props (a button, a link, an input's label). */
export type TooltipProps = { content: string; children: ReactElement; before?: TooltipBefore };
/** What happened to the control before Radix arrived: a pointer over it, the focus in it. */
export type TooltipBefore = { open: boolean; focused: boolean };

let loaded: ComponentType<TooltipProps> | null = null;
let loading: Promise<unknown> | null = null;
const NOTHING_BEFORE: TooltipBefore = { open: false, focused: false };
const load = () => (loading ??= import("./radix-menus").then((module) => (loaded = module.RadixTooltip)));

/** A short hint on a control, shown on hover and on keyboard focus, and read as its description. Table
 *  cells and marks in mail text keep the browser's own `title` instead: thousands of them scroll past,
 *  and each of these is a component with state. A disabled control takes no pointer or focus, so one
 *  whose reason is the hint is `aria-disabled` instead (see remediation-panel.tsx).
 *  Until Radix arrives the control stands alone. Radix draws it anew; a pointer on it or the focus in it
 *  at that moment is not lost: the hint opens as Radix mounts, and the focus moves to the new control. */
export function Tooltip({ content, children }: { content: string | null; children: ReactElement }) {
  const hydrated = useHydrated();
  const [before, setBefore] = useState<TooltipBefore | null>(null);
  const [standing, setStanding] = useState<HTMLElement | null>(null);
  const Radix = loaded;
  // Mounted after the page was hydrated with Radix already here (a message opened over the results, the
  // next one on j): Radix draws the control from the start, with nothing to carry over.
  const settled = before ?? (hydrated && Radix ? NOTHING_BEFORE : null);
  useEffect(() => {
    if (settled || !content) return;
    let current = true;
    void load().then(() => {
      const focused = standing !== null && standing === document.activeElement;
      if (current) setBefore({ focused, open: focused || (standing?.matches(":hover") ?? false) });
    });
    return () => {
      current = false;
    };
  }, [settled, content, standing]);
  // Radix's Slot, not cloneElement: a control a server component passes in can arrive as a lazy node of
  // the server's stream rather than an element, which Slot unwraps (a hostile message's page did this).
  if (!content || !settled || !Radix) return <Slot ref={setStanding}>{children}</Slot>;
  return (
    <Radix content={content} before={settled}>
      {children}
    </Radix>
  );
}
