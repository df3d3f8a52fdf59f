import { describe, expect, it } from "vitest";
import { moveColumn, parseColumnPrefs, reconcileOrder, resolveColumnPrefs, setColumnVisible } from "./columns";

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

  it("resolves what was saved against the columns that exist now", () => {
    expect(resolveColumnPrefs('{"order":["c","gone"],"hidden":["b","gone","b"]}', ["a", "b", "c"])).toEqual({
      order: ["c", "a", "b"],
      hidden: ["b"],
    });
    expect(resolveColumnPrefs(null, ["a", "b"])).toEqual({ order: ["a", "b"], hidden: [] });
    expect(resolveColumnPrefs("{not json", ["a"])).toEqual({ order: ["a"], hidden: [] });
  });

  it("shows and hides one column, keeping the order", () => {
    const prefs = { order: ["a", "b", "c"], hidden: ["b"] };
    expect(setColumnVisible(prefs, "c", false)).toEqual({ order: ["a", "b", "c"], hidden: ["b", "c"] });
    expect(setColumnVisible(prefs, "b", true)).toEqual({ order: ["a", "b", "c"], hidden: [] });
    expect(setColumnVisible(prefs, "b", false)).toEqual(prefs);
  });
});
