import { describe, expect, it, vi } from "vitest";
import { auth } from "./auth";
import { signedInCookie } from "./testing/signed-in";

// Pages read the session cookie through next/headers; here it is whatever the test puts in the jar.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
  headers: async () => new Headers({ "user-agent": "test" }),
}));

const sessionCookie = () => signedInCookie({ sub: "ana", name: "Ana", role: "analyst" });

describe("auth", () => {
  it("reads the same session from a request's Cookie header and from a page's cookies", async () => {
    const value = await sessionCookie();
    const fromRequest = await auth(new Request("http://localhost/api/messages", { headers: { cookie: `a=1; next-auth.session-token=${value}` } }));
    jar.set("next-auth.session-token", value);
    const fromPage = await auth();
    jar.clear();
    expect(fromRequest?.principal).toEqual({ id: "credentials:ana", name: "Ana", role: "analyst", provider: "credentials" });
    expect(fromPage?.principal).toEqual(fromRequest?.principal);
    expect(fromRequest?.cookie).toBe(value);
  });

  it("is null without a cookie, or with one that does not open", async () => {
    expect(await auth(new Request("http://localhost/"))).toBeNull();
    expect(await auth()).toBeNull();
    expect(await auth(new Request("http://localhost/", { headers: { cookie: "next-auth.session-token=forged" } }))).toBeNull();
  });
});
