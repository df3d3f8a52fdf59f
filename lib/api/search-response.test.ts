import { describe, expect, it } from "vitest";
import { FULL_MESSAGE } from "@/lib/cloudflare/testing/fixtures";
import { upstreamMessageSchema } from "@/lib/cloudflare/schemas/message";
import { reshapeMessage } from "@/lib/investigate/message";
import { searchResponse } from "./search-response";

describe("searchResponse", () => {
  it("sends a page only as its schema has it: a field that slipped onto a message stays on the server", async () => {
    const message = { ...reshapeMessage(upstreamMessageSchema.parse(FULL_MESSAGE)), internal_note: "server only" };
    const response = searchResponse({ kind: "page", page: { messages: [message], unreadable: [], next: null } });
    const body = (await response.json()) as { messages: Record<string, unknown>[] };
    expect(body.messages[0]?.id).toBe(FULL_MESSAGE.id);
    expect(body.messages[0]).not.toHaveProperty("internal_note");
  });
});
