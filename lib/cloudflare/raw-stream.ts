import "server-only";
import { CloudflareError } from "./errors";
import { RawEnvelopeError, RawScanner } from "./raw-scanner";
import type { Answer } from "./transport";

// The raw EML out of a streamed answer, as UTF-8 bytes while they arrive. What comes before the EML
// itself (a failure envelope, JSON that is not the envelope) is read first and thrown as the client's
// own error, so the route can still answer with a proper error; once the EML has begun, a failure can
// only end the stream.

export async function rawFromAnswer(answer: Answer & { body: ReadableStream<Uint8Array> }): Promise<ReadableStream<Uint8Array>> {
  const reader = answer.body.getReader();
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const scanner = new RawScanner();
  const bad = (error: unknown) =>
    error instanceof RawEnvelopeError ? new CloudflareError("bad_response", error.message, { status: answer.status, cause: error }) : error;

  /** The next piece of EML, or null at the end. Empty pieces are skipped. */
  const next = async (): Promise<string | null> => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        const rest = scanner.write(decoder.decode()) + scanner.end();
        return rest === "" ? null : rest;
      }
      const text = scanner.write(decoder.decode(value, { stream: true }));
      if (text !== "") return text;
    }
  };

  let first: string | null;
  try {
    first = await next();
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    throw bad(error);
  }
  let finished = first === null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (first !== null) controller.enqueue(encoder.encode(first));
      if (finished) controller.close();
    },
    async pull(controller) {
      if (finished) return;
      try {
        const text = await next();
        if (text === null) {
          finished = true;
          controller.close();
        } else {
          controller.enqueue(encoder.encode(text));
        }
      } catch (error) {
        finished = true;
        void reader.cancel().catch(() => undefined);
        controller.error(bad(error));
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
