"use client";

import { useQuery } from "@tanstack/react-query";
import { readTextStart } from "@/lib/http/read-capped-text";
import { routes } from "@/lib/routes";

export type RawStart = { kind: "loading" } | { kind: "failed"; words: string } | { kind: "shown"; text: string; cut: boolean };

/** Read at most this much of the raw message: the text of any ordinary message, a bound on a huge one. */
export const RAW_READ_BYTES = 2 * 1024 * 1024;

async function readRawStart(id: string, signal: AbortSignal): Promise<{ text: string; cut: boolean }> {
  const response = await fetch(routes.api.messagePart(id, "raw"), { signal, cache: "no-store" });
  if (!response.ok) throw new Error(`Cloudflare's raw message could not be read (${response.status}).`);
  return readTextStart(response.body, RAW_READ_BYTES);
}

/** The start of a message's raw source (the download's route), read once for the body as text and the
 *  raw source alike, and kept while the message is open. */
export function useRawStart(id: string): RawStart {
  const query = useQuery({
    queryKey: ["raw-start", id],
    queryFn: ({ signal }) => readRawStart(id, signal),
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });
  if (query.data) return { kind: "shown", ...query.data };
  if (query.error) return { kind: "failed", words: query.error.message || "The raw message could not be read." };
  return { kind: "loading" };
}
