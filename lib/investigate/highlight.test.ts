import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight";

describe("highlightSegments", () => {
  it("marks every occurrence, case-insensitively, keeping the original text", () => {
    expect(highlightSegments("Verify your Account now, account holder", ["account"])).toEqual([
      { text: "Verify your ", marked: false },
      { text: "Account", marked: true },
      { text: " now, ", marked: false },
      { text: "account", marked: true },
      { text: " holder", marked: false },
    ]);
  });

  it("treats values as literal text", () => {
    expect(highlightSegments("a.*b a.*b", [".*"]).filter((s) => s.marked)).toHaveLength(2);
  });

  it("leaves text alone without values", () => {
    expect(highlightSegments("hello", [])).toEqual([{ text: "hello", marked: false }]);
  });
});
