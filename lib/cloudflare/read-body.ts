import "server-only";
import { declaredLength, readCappedText } from "@/lib/http/read-capped-text";
import { CloudflareError, type BodyLimit } from "./errors";

// Every upstream body is read against a limit: refused on its Content-Length when that already says too
// much, and otherwise cut at the first chunk that goes past it, so no upstream answer, hostile or
// broken, makes this server hold more than the limit.

export function tooLarge(limit: BodyLimit, status?: number): CloudflareError {
  return new CloudflareError(
    "too_large",
    `Cloudflare's answer is larger than ${formatBytes(limit.bytes)}, the most the dashboard reads for it (${limit.setting}).`,
    { status, limit },
  );
}

export function formatBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  if (mib >= 1 && Number.isInteger(mib)) return `${mib} MiB`;
  return bytes >= 1024 * 1024 ? `${mib.toFixed(1)} MiB` : `${bytes.toLocaleString("en")} bytes`;
}

/** Throws too_large when the answer announces more than the limit, before a byte of it is read. */
export function checkDeclaredLength(response: Response, limit: BodyLimit): void {
  const declared = declaredLength(response.headers);
  if (declared !== null && declared > limit.bytes) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge(limit, response.status);
  }
}

/** The whole body as UTF-8 text, read chunk by chunk and never past the limit. */
export async function readBoundedText(response: Response, limit: BodyLimit): Promise<string> {
  checkDeclaredLength(response, limit);
  const text = await readCappedText(response.body, limit.bytes);
  if (text === null) throw tooLarge(limit, response.status);
  return text;
}

/** The body passed through as it arrives, erroring with too_large at the first chunk past the limit. */
export function boundedStream(body: ReadableStream<Uint8Array>, limit: BodyLimit, status: number): ReadableStream<Uint8Array> {
  let size = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > limit.bytes) controller.error(tooLarge(limit, status));
        else controller.enqueue(chunk);
      },
    }),
  );
}
