import type { ReplyKind } from "./envelope";

// The body of a hugeBody fault: the start of a well-formed answer of the route's kind, then padding,
// made chunk by chunk as the reader takes it, so a test can be sent gigabytes without anyone holding
// them. With `stall`, the start and one chunk are sent and then nothing, until the reader goes away.

const CHUNK = 64 * 1024;
const START = '{"success":true,"errors":[],"messages":[],';

const PARTS: Record<"raw" | "search" | "other", { head: string; tail: string }> = {
  raw: { head: `${START}"result":{"raw":"From: bulk@example.com\\r\\nSubject: A very large message\\r\\n\\r\\n`, tail: '"}}' },
  search: { head: `${START}"result_info":{"count":1,"per_page":1},"result":[{"id":"huge","postfix_id":"huge","subject":"`, tail: '"}]}' },
  other: { head: `${START}"result":{"id":"huge","postfix_id":"huge","subject":"`, tail: '"}}' },
};

export function hugeBody(kind: ReplyKind, size: { bytes: number; stall?: boolean }, signal: AbortSignal): ReadableStream<Uint8Array> {
  const { head, tail } = PARTS[kind === "raw" || kind === "search" ? kind : "other"];
  const encoder = new TextEncoder();
  const filler = encoder.encode("x".repeat(CHUNK));
  let padding = Math.max(0, size.bytes - head.length - tail.length);
  let step: "head" | "padding" | "stalled" | "tail" = "head";
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (step === "head") {
        controller.enqueue(encoder.encode(head));
        step = "padding";
        return;
      }
      if (step === "stalled") {
        await new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener("abort", () => resolve(), { once: true })));
        controller.error(signal.reason);
        return;
      }
      if (step === "padding" && padding > 0) {
        const chunk = padding >= CHUNK ? filler : filler.subarray(0, padding);
        padding -= chunk.byteLength;
        controller.enqueue(chunk);
        if (size.stall) step = "stalled";
        return;
      }
      controller.enqueue(encoder.encode(tail));
      controller.close();
    },
  });
}
