import { describe, expect, it } from "vitest";
import { TABLE_COLUMNS, TABLE_COLUMN_IDS } from "@/lib/results/result-columns";
import { resultColumns } from "./columns";

describe("result columns", () => {
  it("define exactly the columns the menu lists, headed by the menu's labels", () => {
    expect(resultColumns.map((column) => column.id)).toEqual(TABLE_COLUMN_IDS);
    expect(resultColumns.map((column) => column.header)).toEqual(TABLE_COLUMNS.map((spec) => spec.label));
  });
});
