import { describe, expect, it } from "vitest";
import { upstreamMessageSchema } from "@/lib/cloudflare/schemas/message";
import { FULL_MESSAGE } from "@/lib/cloudflare/testing/fixtures";
import { reshapeMessage } from "@/lib/investigate/message";
import { resolveColumnPrefs } from "@/lib/preferences/columns";
import { CSV_VALUES, emptyResultFields, HIDDEN_BY_DEFAULT, pickResultFields, RESULT_COLUMNS, TABLE_COLUMN_IDS } from "./result-columns";

const message = reshapeMessage(upstreamMessageSchema.parse(FULL_MESSAGE));

describe("the result columns", () => {
  it("make the row: every column's fields and nothing else of the message", () => {
    const row = pickResultFields(message);
    const fields = RESULT_COLUMNS.flatMap((column) => Object.keys(column.fields));
    expect(Object.keys(row).sort()).toEqual([...new Set(fields)].sort());
    expect(row).not.toHaveProperty("findings");
    expect(row.smtp_helo_server_ip).toBe(message.smtp_helo_server_ip);
  });

  it("make an empty row with the same fields, each empty in its own way", () => {
    const empty = emptyResultFields("unreadable:0:1");
    expect(Object.keys(empty).sort()).toEqual(Object.keys(pickResultFields(message)).sort());
    expect(empty).toMatchObject({ id: "unreadable:0:1", postfix_id: "", subject: null, to: [], is_quarantined: false, validation: { spf: null } });
  });

  it("write one CSV value per header, each header once", () => {
    const headers = CSV_VALUES.map(([header]) => header);
    expect(new Set(headers).size).toBe(headers.length);
    expect(headers).toContain("smtp_helo_server_ip");
  });

  it("hide the columns marked so until the user chooses, and keep what the user chose", () => {
    // What does not fit beside the rest at 1280 px (e2e/search/table-fit.spec.ts) is one click away.
    expect(HIDDEN_BY_DEFAULT).toEqual(["threats", "quarantined", "alert", "helo", "verdict"]);
    expect(resolveColumnPrefs(null, TABLE_COLUMN_IDS, HIDDEN_BY_DEFAULT).hidden).toEqual(["threats", "quarantined", "alert", "helo", "verdict"]);
    expect(resolveColumnPrefs(JSON.stringify({ order: [], hidden: [] }), TABLE_COLUMN_IDS, HIDDEN_BY_DEFAULT).hidden).toEqual([]);
  });
});
