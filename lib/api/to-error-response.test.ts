import { afterEach, describe, expect, it, vi } from "vitest";
import { CloudflareError } from "@/lib/cloudflare/errors";
import { toApiError } from "./to-error-response";

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
});
