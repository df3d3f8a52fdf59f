"use client";

import { Revealed } from "@/components/ui/untrusted-text";
import { useRawStart } from "./use-raw-start";

/** How much of the raw message is shown: the headers and the first parts of any message, and a bound on
 *  what the page lays out (characters, of the start read for the body as text too). */
const SHOWN_CHARACTERS = 256 * 1024;

/**
 * The raw message (RFC 822, as Cloudflare keeps it) as text: React text in a <pre>, never HTML, with
 * hidden and direction-changing characters shown as marked code points.
 */
export function RawSource({ id }: { id: string }) {
  const state = useRawStart(id);
  if (state.kind === "loading") return <p className="text-sm">Loading the raw source…</p>;
  if (state.kind === "failed") return <p role="alert" className="text-sm text-red-800 dark:text-red-300">{state.words}</p>;
  return (
    <>
      {state.cut || state.text.length > SHOWN_CHARACTERS ? <p className="my-1 text-xs">Only its start is shown; download the raw message for all of it.</p> : null}
      <pre data-testid="raw-source" className="mt-2 max-h-[32rem] overflow-auto rounded border border-zinc-200 p-2 font-mono text-xs break-all whitespace-pre-wrap dark:border-zinc-800">
        <Revealed text={state.text.slice(0, SHOWN_CHARACTERS)} />
      </pre>
    </>
  );
}
