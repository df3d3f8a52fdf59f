import { expect, it } from "vitest";
import { clampColumnWidth, COLUMN_WIDTH_MAX, COLUMN_WIDTH_MIN, parseColumnWidths } from "./column-widths";

it("reads saved widths and ignores anything else", () => {
  expect(parseColumnWidths('{"subject":300,"time":150}')).toEqual({ subject: 300, time: 150 });
  expect(parseColumnWidths('{"subject":5,"time":"150","sender":1e9,"x":12.5}')).toEqual({});
  expect(parseColumnWidths('["subject"]')).toEqual({});
  expect(parseColumnWidths("{not json")).toEqual({});
  expect(parseColumnWidths(null)).toEqual({});
  expect(parseColumnWidths('{"__proto__":100}')).toEqual(JSON.parse('{"__proto__":100}'));
});

it("keeps a width within bounds", () => {
  expect(clampColumnWidth(10)).toBe(COLUMN_WIDTH_MIN);
  expect(clampColumnWidth(10_000)).toBe(COLUMN_WIDTH_MAX);
  expect(clampColumnWidth(200.4)).toBe(200);
});
