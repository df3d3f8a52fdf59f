import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { emptyResultFields } from "@/lib/results/result-columns";
import { messageKeys } from "./message-keys";
import type { SearchData } from "./messages";
import { patchCachedRow } from "./patch-cached-row";
import type { ResultRow } from "./result-row";

const row = (id: string, delivery: string[] = ["delivered"]): ResultRow => ({ ...emptyResultFields(id), delivery_status: delivery, is_quarantined: false });
const run = { ranAt: "2026-12-06T08:00:00.000Z", window: null };
const loaded = (...pages: ResultRow[][]): SearchData => ({
  pages: pages.map((rows, index) => ({ rows, next: index < pages.length - 1 ? `c${index}` : null, answerAgeSeconds: null, run })),
  pageParams: pages.map(() => ({ cursor: null, run: null })),
});
const key = messageKeys.search("range=24h");

describe("patchCachedRow", () => {
  it("tells the loaded row where the message is now, and only that row", () => {
    const client = new QueryClient();
    const before = loaded([row("a"), row("b")], [row("c")]);
    client.setQueryData(key, before);
    patchCachedRow(client, "range=24h", "c", { is_quarantined: false, delivery_status: ["moved"] });
    const after = client.getQueryData<SearchData>(key);
    expect(after?.pages[1]?.rows[0]?.delivery_status).toEqual(["moved"]);
    // The page without the message is the same object: its rows are not drawn again.
    expect(after?.pages[0]).toBe(before.pages[0]);
    expect(before.pages[1]?.rows[0]?.delivery_status).toEqual(["delivered"]);
  });

  it("leaves the search as it is when the row says so already, or the message is not loaded", () => {
    const client = new QueryClient();
    const before = loaded([row("a", ["moved"])]);
    client.setQueryData(key, before);
    patchCachedRow(client, "range=24h", "a", { is_quarantined: false, delivery_status: ["moved"] });
    patchCachedRow(client, "range=24h", "elsewhere", { is_quarantined: true, delivery_status: [] });
    expect(client.getQueryData(key)).toBe(before);
  });

  it("does nothing for a search that is not loaded, nor for a message opened from none", () => {
    const client = new QueryClient();
    patchCachedRow(client, "range=7d", "a", { is_quarantined: true, delivery_status: [] });
    patchCachedRow(client, "", "a", { is_quarantined: true, delivery_status: [] });
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });

  it("never touches a row standing in for an unreadable result, whatever id it claims", () => {
    const client = new QueryClient();
    const unreadable: ResultRow = { ...row("unreadable:first:0"), unreadable: { reason: "bad", id: "a" } };
    const before = loaded([unreadable]);
    client.setQueryData(key, before);
    patchCachedRow(client, "range=24h", "unreadable:first:0", { is_quarantined: true, delivery_status: [] });
    expect(client.getQueryData(key)).toBe(before);
  });
});
