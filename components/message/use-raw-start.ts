"use client";

import { useEffect, useState } from "react";
import { readTextStart } from "@/lib/http/read-capped-text";
import { routes } from "@/lib/routes";

export type RawStart = { kind: "loading" } | { kind: "failed"; words: string } | { kind: "shown"; text: string; cut: boolean };

/** The start of a message's raw source (the download's route), read only as far as `bytes`. */
export function useRawStart(id: string, bytes: number): RawStart {
  const [state, setState] = useState<RawStart>({ kind: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      const response = await fetch(routes.api.messagePart(id, "raw"), { signal: controller.signal, cache: "no-store" });
      if (!response.ok) return setState({ kind: "failed", words: `Cloudflare's raw message could not be read (${response.status}).` });
      setState({ kind: "shown", ...(await readTextStart(response.body, bytes)) });
    })().catch((error: unknown) => {
      if (!controller.signal.aborted) setState({ kind: "failed", words: error instanceof Error ? error.message : "The raw message could not be read." });
    });
    return () => controller.abort();
  }, [id, bytes]);
  return state;
}
