import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path on our own origin, query included", () => {
    expect(safeReturnPath("/messages/abc%3A1?query=x")).toBe("/messages/abc%3A1?query=x");
    expect(safeReturnPath("http://app.test/messages/1", "http://app.test")).toBe("/messages/1");
  });

  it.each(["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "/sign-in?callbackUrl=//evil", "/x\n/y", "", null])(
    "refuses %j",
    (value) => {
      expect(safeReturnPath(value, "http://app.test")).toBe("/messages");
    },
  );
});
