import { expect, it } from "vitest";
import { fitColumns } from "./fit-columns";

const sum = (widths: number[]) => widths.reduce((total, width) => total + width, 0);
const COLUMNS = [{ size: 150 }, { size: 220, flexMin: 120 }, { size: 200, flexMin: 110 }, { size: 340, flexMin: 180 }, { size: 120 }];

it("keeps fixed columns and shares the rest among the text columns in proportion, ending at the edge", () => {
  const widths = fitColumns(COLUMNS, 1_000);
  expect(widths[0]).toBe(150);
  expect(widths[4]).toBe(120);
  expect(sum(widths)).toBe(1_000);
  expect(widths[3]).toBeGreaterThan(widths[1] ?? 0);
  // Wider than their sizes: the text columns grow.
  const wide = fitColumns(COLUMNS, 1_600);
  expect(sum(wide)).toBe(1_600);
  expect(wide[3]).toBeGreaterThan(340);
});

it("never takes a text column below its floor: past them the table is wider than the page", () => {
  const widths = fitColumns(COLUMNS, 500);
  expect(widths).toEqual([150, 120, 110, 180, 120]);
  expect(sum(widths)).toBeGreaterThan(500);
});

it("without text columns, every column keeps its size", () => {
  expect(fitColumns([{ size: 100 }, { size: 90 }], 1_000)).toEqual([100, 90]);
});
