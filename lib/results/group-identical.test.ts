import { expect, it } from "vitest";
import { groupIdentical } from "./group-identical";

const row = (id: string, from: string | null, subject: string | null, unreadable?: string) => ({ id, from, subject, ...(unreadable ? { unreadable } : {}) });

it("shows each group of the same sender and subject once, at its first place, with its size", () => {
  const rows = [row("a", "hr@x.com", "Payroll"), row("b", "it@y.com", "Reset"), row("c", "HR@x.com", "Payroll"), row("d", "hr@x.com", "Payroll")];
  expect(groupIdentical(rows)).toEqual([{ ...row("a", "hr@x.com", "Payroll"), copies: 3 }, row("b", "it@y.com", "Reset")]);
});

it("keeps apart what differs in subject or sender, and leaves lone rows untouched", () => {
  const rows = [row("a", "hr@x.com", "Payroll"), row("b", "hr@x.com", "Payroll "), row("c", "hr@z.com", "Payroll")];
  const grouped = groupIdentical(rows);
  expect(grouped).toHaveLength(3);
  expect(grouped[0]).toBe(rows[0]);
  expect(grouped.some((entry) => "copies" in entry)).toBe(false);
});

it("never groups rows that could not be read, and treats a missing subject as its own subject", () => {
  const rows = [row("u1", null, null, "bad"), row("u2", null, null, "bad"), row("a", "x@x.com", null), row("b", "x@x.com", null)];
  expect(groupIdentical(rows).map((entry) => [entry.id, entry.copies])).toEqual([
    ["u1", undefined],
    ["u2", undefined],
    ["a", 2],
  ]);
});
