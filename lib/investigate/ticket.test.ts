import { describe, expect, it } from "vitest";
import { ticketText, type TicketInput } from "./ticket";
import type { Finding } from "./message";

const finding = (score: number, name: string): Finding => ({
  attachment: null,
  detail: null,
  detection: "MALICIOUS",
  field: null,
  name,
  portion: null,
  reason: "Link in <b>body</b>",
  score,
  value: null,
});

const input: TicketInput = {
  subject: "Invoice overdue",
  from: "billing@evil.example",
  fromName: "Billing",
  recipients: ["ana@acme-corp.com", "bo@acme-corp.com"],
  scannedAt: "2026-12-05T10:00:00Z",
  alertId: "4Q7x-1",
  disposition: "MALICIOUS",
  validation: { spf: "fail", dkim: "pass", dmarc: null },
  actions: [{ operation: "MOVE", at: "2026-12-05T10:05:00Z", success: true, destination: "DeletedItems" }],
  findings: [finding(0.9, "Phish")],
};

describe("ticketText", () => {
  it("carries subject, sender, recipients, time, alert id, disposition, authentication, actions and findings, without escapes", () => {
    expect(ticketText(input)).toBe(
      [
        "Subject: Invoice overdue",
        "From: Billing <billing@evil[.]example>",
        "To: ana@acme-corp[.]com, bo@acme-corp[.]com",
        "Scanned: 2026-12-05T10:00:00Z",
        "Alert ID: 4Q7x-1",
        "Disposition: MALICIOUS",
        "Authentication: SPF fail, DKIM pass, DMARC none",
        "Actions taken:",
        "- MOVE to DeletedItems (succeeded) at 2026-12-05T10:05:00Z",
        "Findings:",
        "- MALICIOUS · Phish: Link in body (score 0.9)",
      ].join("\n"),
    );
  });

  it("says what is absent", () => {
    const text = ticketText({ ...input, subject: null, from: null, fromName: null, recipients: [], scannedAt: null, alertId: null, disposition: null, actions: [], findings: [] });
    expect(text).toContain("Subject: (no subject)");
    expect(text).toContain("From: (unknown)");
    expect(text).toContain("To: (none)");
    expect(text).toContain("Actions taken:\n- none");
    expect(text).toContain("Findings:\n- none");
  });
});

describe("ticketText and hidden or live text", () => {
  it("writes hidden characters as code points, defangs URLs and hosts in every mail field, and forges no line", () => {
    const text = ticketText({
      ...input,
      subject: "Payment\u200B receipt \u202Efdp.exe\nDisposition: CLEAN",
      from: "service@paypa1-billing.net",
      fromName: "Pay\u200BPal",
      findings: [{ ...finding(0.9, "Attachment"), reason: "Attachment <b>invoice\u202Efdp.exe</b> links to https://evil.example/x and [click](javascript:alert(1))" }],
    });
    expect(text).not.toMatch(/[\u200B\u202E]/);
    expect(text).toContain("Subject: Payment[U+200B] receipt [U+202E]fdp.exe Disposition: CLEAN");
    expect(text.split("\n").filter((line) => line.startsWith("Disposition:"))).toEqual(["Disposition: MALICIOUS"]);
    expect(text).toContain("From: Pay[U+200B]Pal <service@paypa1-billing[.]net>");
    expect(text).toContain("invoice[U+202E]fdp.exe links to hxxps://evil[.]example/x and [click](javascript[:]alert(1))");
    expect(text).not.toContain("https://evil");
    expect(text).not.toContain("\\");
  });
});
