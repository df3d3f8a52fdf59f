import { afterEach, describe, expect, it } from "vitest";
import { FULL_MESSAGE } from "@/lib/cloudflare/testing/fixtures";
import { envelope, inTurn, startStubServer, type StubServer } from "@/lib/cloudflare/testing/stub-server";
import { testClient } from "@/lib/cloudflare/testing/test-client";
import { buildResultPage, MAX_MESSAGE_CHARS } from "./build-result-page";
import { resultPageSchema } from "./result-page";

// A page of results from a real HTTP answer, as JSON.parse reads Cloudflare's text: the odd results are
// replaced in place, the others shown, and the page can always be sent.

let server: StubServer;
afterEach(async () => server.close());

const deep = `${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}`;
const message = (id: string, extra: Record<string, unknown> = {}) => ({ ...FULL_MESSAGE, id, postfix_id: `p-${id}`, ...extra });

describe("buildResultPage", () => {
  it("replaces what cannot be shown by a note in its place and shows the rest", async () => {
    const items = [
      message("good-1"),
      message("bad-shape", { is_quarantined: "no" }),
      message("deep", { deep_unknown_field: "DEEP" }),
      message("huge", { subject: "x".repeat(MAX_MESSAGE_CHARS) }),
      { id: { not: "a string" }, postfix_id: 7 },
      message("good-2"),
    ];
    const text = JSON.stringify(envelope(items, { result_info: { count: 6, per_page: 6, next: "c2" } })).replace('"DEEP"', deep);
    server = await startStubServer(inTurn({ body: text, headers: { "content-type": "application/json" } }));
    const outcome = await testClient(server).client.search({});
    if (outcome.kind !== "page") throw new Error("expected a page");

    const page = buildResultPage(outcome);
    expect(page.messages.map((m) => m.id)).toEqual(["good-1", "deep", "good-2"]);
    expect(page.unreadable.map(({ index, id }) => ({ index, id }))).toEqual([
      { index: 1, id: "bad-shape" },
      { index: 3, id: "huge" },
      { index: 4, id: null },
    ]);
    expect(page.unreadable[0]?.reason).toMatch(/shape this dashboard cannot read \(is_quarantined: /);
    expect(page.unreadable[1]?.reason).toMatch(/too large to show/);
    expect(page.next).toBe("c2");
    const sent = JSON.stringify(page);
    expect(resultPageSchema.parse(JSON.parse(sent))).toEqual(page);
  });
});
