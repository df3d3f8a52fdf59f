import { describe, expect, it, vi } from "vitest";
import { makeQueryClient } from "./query-client";
import { ApiRequestError, readApiError } from "./api-request-error";
import { isSignedOut, signInUrl } from "./signed-out";

describe("a call refused for want of a session", () => {
  it("is recognised from our API's 401, JSON or not", async () => {
    const json = await readApiError(new Response(JSON.stringify({ error: { code: "unauthorized", message: "Sign in." } }), { status: 401 }));
    const bare = await readApiError(new Response("no", { status: 401 }));
    expect([isSignedOut(json), isSignedOut(bare)]).toEqual([true, true]);
    expect(isSignedOut(new ApiRequestError("x", 403, { code: "forbidden" }))).toBe(false);
    expect(isSignedOut(new Error("x"))).toBe(false);
  });

  it("sends any query or mutation's 401 to the one handler, and nothing else", async () => {
    const onSignedOut = vi.fn();
    const client = makeQueryClient(onSignedOut);
    const refused = () => Promise.reject(new ApiRequestError("Sign in.", 401, { code: "unauthorized" }));
    const failed = () => Promise.reject(new ApiRequestError("Boom.", 502, { code: "upstream_failed" }));
    await client.fetchQuery({ queryKey: ["a"], queryFn: failed, retry: false }).catch(() => undefined);
    expect(onSignedOut).not.toHaveBeenCalled();
    await client.fetchQuery({ queryKey: ["b"], queryFn: refused, retry: false }).catch(() => undefined);
    expect(onSignedOut).toHaveBeenCalledTimes(1);
    await client.getMutationCache().build(client, { mutationFn: refused }).execute(undefined).catch(() => undefined);
    expect(onSignedOut).toHaveBeenCalledTimes(2);
  });

  it("leads to sign-in with the way back to this path and query", () => {
    const url = new URL(signInUrl({ pathname: "/messages", search: "?query=a%26b&range=7d" }), "http://app.test");
    expect(url.pathname).toBe("/sign-in");
    expect(url.searchParams.get("callbackUrl")).toBe("/messages?query=a%26b&range=7d");
  });
});
