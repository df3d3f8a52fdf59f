import { describe, expect, it, vi } from "vitest";
import { MemoryAnswerCache } from "./answer-cache";
import { trackAnswerCopies, type AnswerCopies } from "./answer-copies";
import { cachingFetch, MAX_KEPT_BYTES } from "./caching-fetch";

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const URL_A = "https://api.test/client/v4/accounts/a/email-security/investigate?query=x";

function setup(lifetime = 30_000) {
  const clock = { now: 1_000_000 };
  let calls = 0;
  const inner = vi.fn<typeof fetch>(() => Promise.resolve(json({ result: "fresh", n: ++calls })));
  const fetch = cachingFetch(inner, new MemoryAnswerCache(), () => lifetime, () => clock.now);
  return { clock, inner, fetch };
}

const inRequest = <T>(copies: AnswerCopies, fn: () => Promise<T>) => trackAnswerCopies(copies, fn);

describe("cachingFetch", () => {
  it("answers a repeated GET from its copy, spending nothing, and says how old the copy is", async () => {
    const { clock, inner, fetch } = setup();
    expect(await (await fetch(URL_A)).json()).toEqual({ result: "fresh", n: 1 });
    clock.now += 12_000;
    const copies: AnswerCopies = { fresh: false, oldestCopyAt: null };
    const again = await inRequest(copies, () => fetch(URL_A));
    expect(await again.json()).toEqual({ result: "fresh", n: 1 });
    expect(inner).toHaveBeenCalledTimes(1);
    expect(copies.oldestCopyAt).toBe(1_000_000);
  });

  it("asks again once the copy's lifetime is over, and when the request wants fresh answers (keeping the new one)", async () => {
    const { clock, inner, fetch } = setup();
    await fetch(URL_A);
    clock.now += 30_000;
    await fetch(URL_A);
    expect(inner).toHaveBeenCalledTimes(2);
    const copies: AnswerCopies = { fresh: true, oldestCopyAt: null };
    expect(await (await inRequest(copies, () => fetch(URL_A))).json()).toMatchObject({ n: 3 });
    expect(copies.oldestCopyAt).toBeNull();
    expect(await (await fetch(URL_A)).json()).toMatchObject({ n: 3 });
    expect(inner).toHaveBeenCalledTimes(3);
  });

  it("keeps only whole 200 JSON answers to GETs whose kind has a lifetime", async () => {
    const { inner, fetch } = setup();
    inner.mockImplementation(() => Promise.resolve(json({ pending: true }, 202)));
    await fetch(URL_A);
    await fetch(URL_A);
    inner.mockImplementation(() => Promise.resolve(new Response("<html>", { headers: { "content-type": "text/html" } })));
    await fetch(URL_A);
    await fetch(URL_A, { method: "POST", body: "{}" });
    expect(inner).toHaveBeenCalledTimes(4);
    const never = setup(0);
    await never.fetch(URL_A);
    await never.fetch(URL_A);
    expect(never.inner).toHaveBeenCalledTimes(2);
  });

  it("passes an answer larger than a copy may be on whole, and keeps nothing of it", async () => {
    const { inner, fetch } = setup();
    const big = JSON.stringify({ blob: "x".repeat(MAX_KEPT_BYTES + 10) });
    inner.mockImplementation(() => Promise.resolve(new Response(big, { headers: { "content-type": "application/json" } })));
    expect((await (await fetch(URL_A)).text()).length).toBe(big.length);
    expect((await (await fetch(URL_A)).text()).length).toBe(big.length);
    expect(inner).toHaveBeenCalledTimes(2);
  });

  it("forgets a message's copies by prefix", async () => {
    const cache = new MemoryAnswerCache();
    const copy = { status: 200, headers: [], body: "{}", storedAt: 0 };
    await cache.put("https://x/investigate/m1", copy, 10);
    await cache.put("https://x/investigate/m1/trace", copy, 10);
    await cache.put("https://x/investigate/m2", copy, 10);
    await cache.forget("https://x/investigate/m1");
    expect(await cache.get("https://x/investigate/m1/trace", 0)).toBeNull();
    expect(await cache.get("https://x/investigate/m2", 0)).not.toBeNull();
  });
});
