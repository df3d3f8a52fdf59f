"use client";

import { useEffect, useState } from "react";
import { Revealed } from "@/components/ui/untrusted-text";
import { readTextStart } from "@/lib/http/read-capped-text";
import { routes } from "@/lib/routes";

/** How much of the raw message is shown: the headers and the first parts of any message, and a bound on what the page holds. */
const SHOWN_BYTES = 256 * 1024;

type State = { kind: "loading" } | { kind: "failed"; words: string } | { kind: "shown"; text: string; cut: boolean };

/**
 * The raw message (RFC 822, as Cloudflare keeps it) as text: React text in a <pre>, never HTML, with
 * hidden and direction-changing characters shown as marked code points. The same route as the
 * download, read only as far as SHOWN_BYTES.
 */
export function RawSource({ id }: { id: string }) {
  const [state, setState] = useState<State>({ kind: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      const response = await fetch(routes.api.messagePart(id, "raw"), { signal: controller.signal, cache: "no-store" });
      if (!response.ok) return setState({ kind: "failed", words: `Cloudflare's raw message could not be read (${response.status}).` });
      setState({ kind: "shown", ...(await readTextStart(response.body, SHOWN_BYTES)) });
    })().catch((error: unknown) => {
      if (!controller.signal.aborted) setState({ kind: "failed", words: error instanceof Error ? error.message : "The raw message could not be read." });
    });
    return () => controller.abort();
  }, [id]);

  if (state.kind === "loading") return <p className="text-sm">Loading the raw source…</p>;
  if (state.kind === "failed") return <p role="alert" className="text-sm text-red-800 dark:text-red-300">{state.words}</p>;
  return (
    <>
      {state.cut ? <p className="my-1 text-xs">The first {SHOWN_BYTES / 1024} KiB; download the raw message for all of it.</p> : null}
      <pre data-testid="raw-source" className="mt-2 max-h-[32rem] overflow-auto rounded border border-zinc-200 p-2 font-mono text-xs break-all whitespace-pre-wrap dark:border-zinc-800">
        <Revealed text={state.text} />
      </pre>
    </>
  );
}
