"use client";

import { useEffect, useState } from "react";
import { focusRing } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { Tooltip } from "@/components/ui/tooltip";

/** Copies `value` exactly as given. The label names what is copied, for screen readers and tests. */
export function CopyButton({ value, label, children }: { value: string; label: string; children?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = window.setTimeout(() => setState("idle"), 1500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
  };

  return (
    <Tooltip content={label}>
      <button
        type="button"
        aria-label={label}
        onClick={() => void copy()}
        className={`inline-flex shrink-0 items-center rounded border border-zinc-300 px-1.5 py-0.5 text-xs text-zinc-800 hover:bg-zinc-100 dark:border-zinc-600 dark:text-zinc-200 dark:hover:bg-zinc-800 ${focusRing}`}
      >
        <Icon name={state === "copied" ? "check" : "copy"} className="mr-1 size-3.5" />
        <span aria-live="polite">{state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : (children ?? "Copy")}</span>
      </button>
    </Tooltip>
  );
}
