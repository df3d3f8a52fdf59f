import "server-only";
import type { CloudflareClient } from "@/lib/cloudflare/client";
import { reshapeMessage, type Message } from "./message";

/** One message by investigate id or postfix id; the page and the route handler both call this. */
export async function getMessage(client: CloudflareClient, id: string, signal?: AbortSignal): Promise<Message> {
  return reshapeMessage(await client.getMessage(id, { signal }));
}
