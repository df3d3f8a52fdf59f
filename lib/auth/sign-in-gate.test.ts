import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/http/api-error";
import { admitSignInPost, signInRefusal } from "./sign-in-gate";
import { SIGN_IN_LIMITS } from "./sign-in-limits";

// The way in that needs no session: bounded before next-auth reads a byte, and password checks
// rationed so a flood of sign-ins is refused at the door instead of hashed.

const URL_ = "http://127.0.0.1/api/auth/callback/credentials";
// A streamed body needs `duplex`, which the DOM's RequestInit type does not know yet.
type RequestInit_ = ConstructorParameters<typeof NextRequest>[1];

function form(fields: Record<string, string>): NextRequest {
  return new NextRequest(URL_, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString() });
}

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

beforeAll(() => void vi.spyOn(process.stdout, "write").mockImplementation(() => true));
afterAll(() => vi.restoreAllMocks());

describe("admitSignInPost", () => {
  it("refuses a body that says it is too large without reading it", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (controller) => void (pulled++, controller.enqueue(new Uint8Array(1024))) });
    const request = new NextRequest(URL_, { method: "POST", headers: { "content-length": String(10 * 1024 * 1024) }, body, duplex: "half" } as RequestInit_);
    expect((await refusal(admitSignInPost(request, "callback/credentials"))).status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("stops reading a body that goes past the limit without saying its length", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (controller) => void (pulled++, controller.enqueue(new Uint8Array(1024))) });
    const request = new NextRequest(URL_, { method: "POST", body, duplex: "half" } as RequestInit_);
    expect((await refusal(admitSignInPost(request, "callback/credentials"))).code).toBe("too_large");
    expect(pulled * 1024).toBeLessThanOrEqual(SIGN_IN_LIMITS.bodyBytes + 2 * 1024);
  });

  it("refuses a user name or password longer than any account's, naming the field", async () => {
    const name = await refusal(admitSignInPost(form({ username: "u".repeat(SIGN_IN_LIMITS.usernameChars + 1), password: "x" }), "callback/credentials"));
    expect(name.toBody().error.fields).toEqual({ username: [`At most ${SIGN_IN_LIMITS.usernameChars} characters.`] });
    const password = await refusal(admitSignInPost(form({ username: "ana", password: "p".repeat(SIGN_IN_LIMITS.passwordChars + 1) }), "callback/credentials"));
    expect(password.toBody().error.fields).toHaveProperty("password");
  });

  it("hands next-auth the same body it read", async () => {
    const admitted = await admitSignInPost(form({ username: "ana", password: "secret", csrfToken: "t" }), "signout");
    expect(Object.fromEntries(new URLSearchParams(await admitted.request.text()))).toEqual({ username: "ana", password: "secret", csrfToken: "t" });
    admitted.release();
  });

  it("lets one password check run and a few wait, and refuses the next at once, before any hashing", async () => {
    const capacity = SIGN_IN_LIMITS.checksRunning + SIGN_IN_LIMITS.checksWaiting;
    const running = await admitSignInPost(form({ username: "ana", password: "x" }), "callback/credentials");
    const waiting = Array.from({ length: capacity - 1 }, () => admitSignInPost(form({ username: "ana", password: "x" }), "callback/credentials"));
    const refused = await refusal(admitSignInPost(form({ username: "ana", password: "x" }), "callback/credentials"));
    expect(refused.status).toBe(429);
    expect(refused.details.retryAfterSeconds).toBe(1);
    // Sign-out and the CSRF token need no password check, so they are never in that line.
    (await admitSignInPost(form({ csrfToken: "t" }), "signout")).release();

    running.release();
    for (const place of waiting) (await place).release();
    (await admitSignInPost(form({ username: "ana", password: "x" }), "callback/credentials")).release();
  });
});

describe("signInRefusal", () => {
  it("answers in the one error shape, with the code next-auth's client reads from `url`", async () => {
    const response = signInRefusal(new ApiError("rate_limited", "busy", { retryAfterSeconds: 1 }), "http://127.0.0.1:3000");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("1");
    const body = (await response.json()) as { url: string; error: { code: string } };
    expect(body.error.code).toBe("rate_limited");
    expect(new URL(body.url).searchParams.get("error")).toBe("SignInBusy");
  });
});
