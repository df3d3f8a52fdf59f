import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";
import { REDIRECT_TRICKS } from "./testing/redirect-tricks";

const ORIGIN = "http://app.test";

describe("safeReturnPath", () => {
  it("keeps a path on our own origin, query and fragment included", () => {
    expect(safeReturnPath("/messages/abc%3A1?query=x")).toBe("/messages/abc%3A1?query=x");
    expect(safeReturnPath("/messages?query=100%25%20off&range=7d#top")).toBe("/messages?query=100%25%20off&range=7d#top");
    expect(safeReturnPath("/messages?query=%2F%2Fevil.example")).toBe("/messages?query=%2F%2Fevil.example");
    expect(safeReturnPath("http://app.test/messages/1", ORIGIN)).toBe("/messages/1");
  });

  it("hands back the path as a browser normalises it, not as given", () => {
    expect(safeReturnPath("/messages/./x/../1")).toBe("/messages/1");
    expect(safeReturnPath("/%2e/messages")).toBe("/messages");
  });

  it.each(["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "/sign-in?callbackUrl=//evil", "/api/auth/signout", "/x\n/y", "", null])(
    "refuses %j",
    (value) => {
      expect(safeReturnPath(value, ORIGIN)).toBe("/messages");
    },
  );

  describe.each([
    ["with our origin known", ORIGIN],
    ["judged against the stand-in origin", undefined],
  ])("%s, every redirect trick lands on our own origin", (_, origin) => {
    it.each(REDIRECT_TRICKS)("%j", (trick) => {
      const path = safeReturnPath(trick, origin);
      // Read as a browser reads a Location header, and as next-auth's callback prefixes it.
      expect(new URL(path, `${ORIGIN}/sign-in`).origin).toBe(ORIGIN);
      expect(new URL(`${ORIGIN}${path}`).origin).toBe(ORIGIN);
      expect(path).toMatch(/^\/(?![/\\])/);
      expect(safeReturnPath(path, origin)).toBe(path);
    });
  });
});
