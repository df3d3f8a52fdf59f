import { describe, expect, it } from "vitest";
import { moveColumn, parseColumnPrefs, reconcileOrder } from "./columns";

describe("column preferences", () => {
  it("reads what was saved and ignores anything else", () => {
    expect(parseColumnPrefs('{"order":["a"],"hidden":["b"]}')).toEqual({ order: ["a"], hidden: ["b"] });
    expect(parseColumnPrefs("{not json")).toBeNull();
    expect(parseColumnPrefs('{"order":"a"}')).toBeNull();
    expect(parseColumnPrefs(null)).toBeNull();
  });

  it("applies a saved order to the columns that exist now", () => {
    expect(reconcileOrder(["c", "gone", "a", "c"], ["a", "b", "c"])).toEqual(["c", "a", "b"]);
  });

  it("moves a column within the ends", () => {
    expect(moveColumn(["a", "b", "c"], "c", -1)).toEqual(["a", "c", "b"]);
    expect(moveColumn(["a", "b", "c"], "a", -1)).toEqual(["a", "b", "c"]);
    expect(moveColumn(["a", "b", "c"], "a", 5)).toEqual(["b", "c", "a"]);
  });
});
