import "server-only";
import type { CloudflareClient } from "@/lib/cloudflare/client";
import { reshapeDetections, type Detections } from "./detections";
import { reshapeActionEntry, type ActionEntry } from "./message";
import { reshapeTrace, type Trace } from "./trace";

// The per-message endpoints beside the message itself. The detail page and the route handlers under
// /api/messages/{id}/… both call these.

export async function getMessageDetections(client: CloudflareClient, id: string, signal?: AbortSignal): Promise<Detections> {
  return reshapeDetections(await client.getDetections(id, { signal }));
}

export async function getMessageActionLog(client: CloudflareClient, id: string, signal?: AbortSignal): Promise<ActionEntry[]> {
  return (await client.getActionLog(id, { signal })).map(reshapeActionEntry);
}

export async function getMessageTrace(client: CloudflareClient, id: string, signal?: AbortSignal): Promise<Trace> {
  return reshapeTrace(await client.getTrace(id, { signal }));
}

/** The EML as Cloudflare stores it, as it arrives; only ever sent as a download. */
export async function getMessageRaw(client: CloudflareClient, id: string, signal?: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  return client.getRaw(id, { signal });
}

/** The preview as PNG bytes, or null when the answer is not base64 we can decode. */
export async function getMessagePreview(client: CloudflareClient, id: string, signal?: AbortSignal): Promise<Uint8Array | null> {
  const base64 = await client.getPreview(id, { signal });
  return decodePng(base64);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

export function decodePng(base64: string): Uint8Array | null {
  const clean = base64.replace(/^data:image\/png;base64,/, "").replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length === 0) return null;
  const bytes = new Uint8Array(Buffer.from(clean, "base64"));
  return PNG_SIGNATURE.every((byte, index) => bytes[index] === byte) ? bytes : null;
}
