import "server-only";
import { reshapeMessage, type Message } from "./message";
import { getCloudflareClient } from "./upstream";

/** One message by investigate id or postfix id; the page and the route handler both call this. */
export async function getMessage(id: string, signal?: AbortSignal): Promise<Message> {
  return reshapeMessage(await getCloudflareClient().getMessage(id, { signal }));
}
