import { describe, expect, it } from "vitest";
import type { ResultRow } from "@/lib/queries/result-row";
import { csvCell, toCsv } from "@/lib/csv";
import { exportFileName, rowsToCsv, rowsToJson } from "./rows-export";

const row: ResultRow = {
  id: "4Yx1-abc",
  postfix_id: "4Yx1",
  message_id: "<m@x>",
  alert_id: "a-1",
  scanned_at: "2026-06-25T14:30:05.000Z",
  from: "evil@example.com",
  from_name: '=HYPERLINK("http://x","click")',
  to: ["a@corp.test", "b@corp.test"],
  to_name: [],
  subject: 'Invoice, "urgent"\n<script>alert(1)</script>',
  final_disposition: "MALICIOUS",
  validation: { comment: null, spf: "fail", dkim: "pass", dmarc: "none" },
  threat_categories: ["CredentialHarvester"],
  is_quarantined: true,
  delivery_mode: "DIRECT",
  delivery_status: [],
  smtp_helo_server_ip: "192.0.2.7",
};

describe("csv", () => {
  it("quotes what needs quoting and defuses formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(toCsv(["a", "b"], [["1", "x\ny"]])).toBe('a,b\r\n1,"x\ny"\r\n');
  });
});

describe("rowsToCsv", () => {
  it("writes one line per row, times in the chosen zone named in the header", () => {
    const csv = rowsToCsv([row], "utc");
    const [header, ...rest] = csv.split("\r\n");
    expect(header).toBe("id,time (UTC),from_name,from,to,subject,final_disposition,spf,dkim,dmarc,threat_categories,is_quarantined,delivery_mode,delivery_status,alert_id,message_id,smtp_helo_server_ip");
    expect(rest.join("\r\n")).toContain('4Yx1-abc,2026-06-25 14:30:05,"\'=HYPERLINK(""http');
    // A field shown by one line in lib/results/result-columns.ts is exported by the same line.
    expect(rest.join("\r\n")).toContain(",a-1,<m@x>,192.0.2.7");
    expect(csv).toContain('"Invoice, ""urgent""\n<script>alert(1)</script>"');
  });
});

describe("rowsToJson", () => {
  it("holds exactly the rows with the zone named", () => {
    const parsed = JSON.parse(rowsToJson([row, row], "utc", { search: "query=x", exportedAt: new Date("2026-06-25T15:00:00Z") })) as {
      timeZone: string;
      count: number;
      rows: Array<{ id: string; time: string }>;
    };
    expect(parsed.timeZone).toBe("UTC");
    expect(parsed.count).toBe(2);
    expect(parsed.rows.map((r) => [r.id, r.time])).toEqual([["4Yx1-abc", "2026-06-25 14:30:05"], ["4Yx1-abc", "2026-06-25 14:30:05"]]);
  });

  it("names files by the moment of export", () => {
    expect(exportFileName("csv", new Date("2026-06-25T15:00:09Z"))).toBe("messages-2026-06-25-150009.csv");
  });
});

describe("exports and hidden characters", () => {
  it("keep the exact value: no code points written out, nothing defanged", () => {
    const hidden = { ...row, subject: "invoice\u202Efdp.exe https://evil.example/x", from_name: "Pay\u200BPal" };
    const csv = rowsToCsv([hidden], "utc");
    expect(csv).toContain("invoice\u202Efdp.exe https://evil.example/x");
    expect(csv).toContain("Pay\u200BPal");
    expect(rowsToJson([hidden], "utc", { search: "", exportedAt: new Date(0) })).toContain("invoice\u202Efdp.exe https://evil.example/x");
  });
});
