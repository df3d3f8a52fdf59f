"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Renders the server page again every `ms` while the tab is visible: the queue shows colleagues' changes without a reload. */
export function AutoRefresh({ ms }: { ms: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, ms);
    return () => clearInterval(timer);
  }, [router, ms]);
  return null;
}
