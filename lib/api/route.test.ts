import { afterEach, describe, expect, it, vi } from "vitest";
import { RENEW_AFTER_MS } from "@/lib/auth/session-renewal";
import { sessionCookieName } from "@/lib/auth/session-token";
import { getConfig } from "@/lib/config/env";
import { signedInCookie } from "@/lib/auth/testing/signed-in";
import { ApiError } from "@/lib/http/api-error";
import { route } from "./route";

// The data API runs without the proxy, so route() itself slides the session and keeps answers uncached.

async function cookieIssuedAgo(ms: number): Promise<string> {
  vi.useFakeTimers({ now: Date.now() - ms, toFake: ["Date"] });
  try {
    return await signedInCookie({ sub: "ana", role: "analyst" }, getConfig().auth.idleSeconds);
  } finally {
    vi.useRealTimers();
  }
}

function call(handler: Parameters<typeof route>[0], cookie?: string): Promise<Response> {
  const headers = cookie ? { cookie: `${sessionCookieName()}=${cookie}` } : undefined;
  return route(handler)(new Request("http://dashboard.test/api/messages", { headers }), { params: Promise.resolve({}) });
}

const ok = () => Promise.resolve(Response.json({ ok: true }));
const notFound = () => Promise.reject(new ApiError("not_found", "nothing here"));

describe("route()", () => {
  afterEach(() => vi.useRealTimers());

  it("renews a session cookie issued over a minute ago, with the session cookie's attributes", async () => {
    const response = await call(ok, await cookieIssuedAgo(RENEW_AFTER_MS + 5_000));
    expect(response.status).toBe(200);
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(new RegExp(`^${sessionCookieName()}=[^;]+; Path=/; Max-Age=${getConfig().auth.idleSeconds}; HttpOnly; SameSite=Lax$`));
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("leaves a fresh cookie alone", async () => {
    const response = await call(ok, await cookieIssuedAgo(1_000));
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("slides the session on an error answer too: the user was active", async () => {
    const response = await call(notFound, await cookieIssuedAgo(RENEW_AFTER_MS + 5_000));
    expect(response.status).toBe(404);
    expect(response.headers.get("set-cookie")).toContain(`${sessionCookieName()}=`);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 401, uncached and without a cookie, when there is no session", async () => {
    const response = await call(ok);
    expect(response.status).toBe(401);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
