"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** The message over the results (an intercepted route): closing goes back, so the list never reloads. */
export function Overlay({ children }: { children: ReactNode }) {
  const router = useRouter();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    panel.current?.focus();
    // A modal keeps the focus: the results beneath move their own focus when j/k move the selection.
    const keepFocus = (event: FocusEvent) => {
      if (panel.current && event.target instanceof Node && !panel.current.contains(event.target)) panel.current.focus({ preventScroll: true });
    };
    document.addEventListener("focusin", keepFocus);
    const overflow = document.body.style.overflow;
    document.body.style.overflow = "hidden";
    return () => {
      document.removeEventListener("focusin", keepFocus);
      document.body.style.overflow = overflow;
      // The results take the focus back to the row of the message shown (results-table.tsx).
    };
  }, []);

  return (
    <div className="fixed inset-0 z-40 flex justify-end bg-zinc-950/40" onClick={(event) => event.target === event.currentTarget && router.back()}>
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-label="Message"
        tabIndex={-1}
        data-testid="message-overlay"
        data-overlay=""
        className="h-full w-full max-w-6xl overflow-y-auto bg-white p-6 shadow-xl outline-none dark:bg-zinc-950"
      >
        <div className="mb-2 flex justify-end">
          <Button onClick={() => router.back()}>Close (Esc)</Button>
        </div>
        {children}
      </div>
    </div>
  );
}
