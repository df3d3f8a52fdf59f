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
});
