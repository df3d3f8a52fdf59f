import { describe, expect, it } from "vitest";
import { escapeMarkdown, ticketMarkdown } from "./ticket";
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

describe("ticketMarkdown", () => {
  it("summarises subject, sender, disposition, findings and link", () => {
    const text = ticketMarkdown({
      subject: "Invoice overdue",
      from: "billing@evil.example",
      fromName: "Billing",
      disposition: "MALICIOUS",
      findings: [finding(0.9, "Phish")],
      link: "http://localhost/messages/abc",
    });
    expect(text).toBe(
      [
        "**Subject:** Invoice overdue",
        "**Sender:** Billing (billing@evil\\[\\.\\]example)",
        "**Disposition:** MALICIOUS",
        "**Findings:**",
        "- MALICIOUS · Phish: Link in body (score 0.9)",
        "**Link:** http://localhost/messages/abc",
      ].join("\n"),
    );
  });

  it("escapes Markdown in attacker text", () => {
    expect(escapeMarkdown("[click](javascript:x) <img>")).toBe("\\[click\\]\\(javascript:x\\) \\<img\\>");
  });

  it("says what is absent", () => {
    const text = ticketMarkdown({ subject: null, from: null, fromName: null, disposition: null, findings: [], link: "x" });
    expect(text).toContain("(no subject)");
    expect(text).toContain("**Sender:** (unknown)");
    expect(text).toContain("- none");
  });
});

describe("ticketMarkdown and hidden or live text", () => {
  it("writes hidden characters as code points and defangs URLs and hosts in every mail field", () => {
    const text = ticketMarkdown({
      subject: "Payment\u200B receipt \u202Efdp.exe",
      from: "service@paypa1-billing.net",
      fromName: "Pay\u200BPal",
      disposition: "MALICIOUS",
      findings: [{ ...finding(0.9, "Attachment"), reason: "Attachment <b>invoice\u202Efdp.exe</b> links to https://evil.example/x" }],
      link: "http://localhost/messages/abc",
    });
    expect(text).not.toMatch(/[\u200B\u202E]/);
    expect(text).toContain("**Subject:** Payment\\[U\\+200B\\] receipt \\[U\\+202E\\]fdp\\.exe");
    expect(text).toContain("**Sender:** Pay\\[U\\+200B\\]Pal (service@paypa1\\-billing\\[\\.\\]net)");
    expect(text).toContain("invoice\\[U\\+202E\\]fdp\\.exe links to hxxps://evil\\[\\.\\]example/x");
    expect(text).not.toContain("https://evil");
  });
});
