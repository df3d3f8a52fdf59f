"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { KeyboardLayer } from "@/components/keyboard/keyboard-layer";
import { getQueryClient } from "@/lib/queries/query-client";

export function Providers({ children }: { children: ReactNode }) {
  // Not useState: if the first render suspends, React would throw the state (and the cache) away.
  const queryClient = getQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      <KeyboardLayer>{children}</KeyboardLayer>
    </QueryClientProvider>
  );
}
