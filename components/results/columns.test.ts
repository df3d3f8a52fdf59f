import { describe, expect, it } from "vitest";
import { RESULT_COLUMN_IDS, RESULT_COLUMN_LABELS } from "./column-labels";
import { resultColumns } from "./columns";

describe("result columns", () => {
  it("define exactly the columns the menu lists, headed by the menu's labels", () => {
    expect(resultColumns.map((column) => column.id)).toEqual(RESULT_COLUMN_IDS);
    expect(resultColumns.map((column) => column.header)).toEqual(Object.values(RESULT_COLUMN_LABELS));
  });
});
