import { describe, expect, it } from "vitest";
import { coalescingFetch } from "./coalesce";

describe("coalescingFetch", () => {
  it("sends identical GETs in flight once and gives each caller its own readable answer", async () => {
    let calls = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fetch = coalescingFetch(async () => {
      calls++;
      await gate;
      return new Response('{"ok":true}', { status: 200, headers: { ratelimit: '"default";r=5;t=30' } });
    });
    const answers = Promise.all([fetch("https://x.test/a"), fetch("https://x.test/a"), fetch("https://x.test/a")]);
    release();
    const responses = await answers;
    expect(calls).toBe(1);
    for (const response of responses) {
      expect(await response.json()).toEqual({ ok: true });
      expect(response.headers.get("ratelimit")).toContain("r=5");
    }
    await fetch("https://x.test/a");
    expect(calls).toBe(2);
  });

  it("never shares a POST or different URLs", async () => {
    let calls = 0;
    const fetch = coalescingFetch(() => {
      calls++;
      return Promise.resolve(new Response("{}"));
    });
    await Promise.all([fetch("https://x.test/a", { method: "POST", body: "{}" }), fetch("https://x.test/a", { method: "POST", body: "{}" }), fetch("https://x.test/b")]);
    expect(calls).toBe(3);
  });

  it("holds no more of a shared answer than its limit allows, so the client still sees it is too large", async () => {
    let pulled = 0;
    const large = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1024;
        controller.enqueue(new Uint8Array(1024));
        if (pulled >= 4 * 1024 * 1024) controller.close();
      },
    });
    const fetch = coalescingFetch(() => Promise.resolve(new Response(large)), 10_000);
    const body = await (await fetch("https://x.test/a")).arrayBuffer();
    expect(body.byteLength).toBe(10_001);
    expect(pulled).toBeLessThan(20_000);
  });

  it("hands a body that broke off to each caller as a body that breaks off, not as a failed request", async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"ok":'));
        controller.error(new TypeError("terminated"));
      },
    });
    const fetch = coalescingFetch(() => Promise.resolve(new Response(broken)));
    const response = await fetch("https://x.test/a");
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow("terminated");
  });
});
