import { expect, it } from "vitest";
import { readCappedText, readTextStart } from "./read-capped-text";

/** A body that yields the chunks and records whether the reader stopped it before the end. */
function body(chunks: string[]): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  let cancelled = false;
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(new TextEncoder().encode(chunk));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

it("reads a body whole within the cap, and refuses one past it without reading the rest", async () => {
  expect(await readCappedText(body(["ab", "cd"]).stream, 4)).toBe("abcd");
  const long = body(["ab", "cd", "ef", "gh"]);
  expect(await readCappedText(long.stream, 3)).toBeNull();
  expect(long.cancelled()).toBe(true);
});

it("reads the start of a body: all of a short one, the first bytes of a long one, saying it was cut", async () => {
  expect(await readTextStart(body(["ab", "cd"]).stream, 4)).toEqual({ text: "abcd", cut: false });
  const long = body(["ab", "cd", "ef", "gh"]);
  expect(await readTextStart(long.stream, 5)).toEqual({ text: "abcde", cut: true });
  expect(long.cancelled()).toBe(true);
  expect(await readTextStart(null, 5)).toEqual({ text: "", cut: false });
});
