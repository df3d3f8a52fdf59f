import type { SearchOutcome } from "@/lib/cloudflare/client";
import { readableMessageId } from "@/lib/cloudflare/message-id";
import { jsonLengthAtMost } from "./json-size";
import { reshapeMessage, type Message } from "./message";
import type { ResultPage, UnreadableResult } from "./result-page";

// One page of Cloudflare's results as the app sends it: each message reshaped, and each result that
// cannot be shown (it fails the message schema, or is too large to send to a browser) replaced by a
// note in its place, so one odd result never costs the analyst the rest of the page.

/** The most JSON text one message may take: a thousand times a typical one, far past any real mail. */
export const MAX_MESSAGE_CHARS = 256 * 1024;

type PageOutcome = Extract<SearchOutcome, { kind: "page" }>;

export function buildResultPage(outcome: PageOutcome): ResultPage {
  const unreadable: UnreadableResult[] = outcome.unreadable.map(({ index, id, problem }) => ({
    index,
    id,
    reason: `Cloudflare sent it in a shape this dashboard cannot read (${problem}).`,
  }));
  const skipped = new Set(unreadable.map((result) => result.index));
  const messages: Message[] = [];
  let index = 0;
  for (const upstream of outcome.messages) {
    while (skipped.has(index)) index++;
    const message = reshapeMessage(upstream);
    // Written out only when it might be too large: almost every message is far below the limit.
    const size = jsonLengthAtMost(message) <= MAX_MESSAGE_CHARS ? 0 : JSON.stringify(message).length;
    if (size > MAX_MESSAGE_CHARS) {
      unreadable.push({ index, id: readableMessageId(message), reason: `It is too large to show (${kb(size)}; the most shown is ${kb(MAX_MESSAGE_CHARS)}).` });
    } else {
      messages.push(message);
    }
    index++;
  }
  unreadable.sort((a, b) => a.index - b.index);
  return { messages, unreadable, next: outcome.resultInfo.next ?? null };
}

function kb(chars: number): string {
  return `${Math.ceil(chars / 1024).toLocaleString("en")} KB`;
}
