import { afterEach, describe, expect, it, vi } from "vitest";
import { CloudflareError } from "@/lib/cloudflare/errors";
import { BudgetRefusal } from "@/lib/budget/budget-refusal";
import { toApiError, toErrorResponse } from "./to-error-response";

describe("toApiError", () => {
  afterEach(() => vi.restoreAllMocks());

  it("treats a request the browser abandoned as a cancellation, not as our failure", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    for (const name of ["AbortError", "ResponseAborted"]) {
      const error = Object.assign(new Error("gone"), { name });
      expect(toApiError(error).status).not.toBe(500);
    }
    expect(logged).not.toHaveBeenCalled();
  });

  it("still reports a real bug as a 500 and logs it", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(toApiError(new TypeError("boom")).status).toBe(500);
    expect(logged).toHaveBeenCalledOnce();
  });

  it("names the field Cloudflare's refusal points at", () => {
    const refusal = new CloudflareError("bad_request", "refused", {
      status: 400,
      errors: [{ code: 1400, message: "Invalid cursor", source: { pointer: "/cursor" } }],
    });
    expect(toApiError(refusal).details.fields).toEqual({ cursor: ["Invalid cursor"] });
  });

  it("answers the budget's refusal with 429, its Retry-After and the reason, also when another bundle made it", async () => {
    const refusal = new BudgetRefusal({ reason: "user", retryAfterMs: 41_500 });
    // A copy as another bundle's class would make it: the brand, not the prototype, is what counts.
    const foreign = Object.setPrototypeOf(refusal, Error.prototype) as Error;
    const response = toErrorResponse(foreign);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("42");
    expect(await response.json()).toEqual({ error: { code: "rate_limited", message: expect.stringMatching(/your share/), retryAfterSeconds: 42 } });
  });
});
