import { describe, expect, it } from "vitest";
import { upstreamMessageSchema } from "@/lib/cloudflare/schemas/message";
import { anomaliesOf, type AnomalyKind } from "./anomalies";
import { reshapeMessage } from "./message";
import type { MessageDetail } from "./message-detail";

const PASS = { spf: "pass", dkim: "pass", dmarc: "pass" };

function detail(fields: Record<string, unknown>): MessageDetail {
  const message = reshapeMessage(upstreamMessageSchema.parse({ id: "m", postfix_id: "p", to: ["ana@acme-corp.com"], validation: PASS, ...fields }));
  return { message, findings: [], findingsSource: "detections", actionLog: [], actionLogSource: "action_log", detections: null, trace: null, hasPreview: false, missing: [] };
}

const kinds = (fields: Record<string, unknown>): AnomalyKind[] => anomaliesOf(detail(fields)).map((flag) => flag.kind);

describe("each flag, on a message that has it", () => {
  it("replies to another domain", () => {
    const [flag] = anomaliesOf(detail({ from: "ceo@acme-corp.co", replyto: "ceo.private@gmail.com" })).filter((f) => f.kind === "reply-to");
    expect(flag?.evidence).toBe("Reply-To ceo.private@gmail.com, From ceo@acme-corp.co");
  });

  it("a display name claiming a brand the domain is not, and one showing another address", () => {
    expect(anomaliesOf(detail({ from: "service@paypa1-billing.net", from_name: "PayPal" })).find((f) => f.kind === "brand-name")).toMatchObject({
      title: "Display name claims PayPal",
      evidence: '"PayPal" sent from paypa1-billing.net, not paypal.com',
    });
    expect(kinds({ from: "x@evil.example", from_name: "it-support@acme-corp.com" })).toContain("name-address");
  });

  it("a domain that spells a brand, or the recipients' own", () => {
    expect(anomaliesOf(detail({ from: "a@micros0ft-support.com" })).find((f) => f.kind === "lookalike")?.evidence).toBe("micros0ft-support.com looks like microsoft.com");
    expect(anomaliesOf(detail({ from: "a@0ffice365-login.com" })).find((f) => f.kind === "lookalike")?.evidence).toBe("0ffice365-login.com looks like office.com");
    expect(anomaliesOf(detail({ from: "a@okta-acme-corp.com" })).find((f) => f.kind === "lookalike")?.evidence).toBe("okta-acme-corp.com looks like okta.com");
    for (const fake of ["acme-c0rp.com", "acmecorp.com", "acme-corp.co", "acme-corps.com"]) {
      expect(anomaliesOf(detail({ from: `ceo@${fake}` })).find((f) => f.kind === "lookalike")?.evidence).toBe(`${fake} looks like acme-corp.com (the recipient's)`);
    }
    expect(kinds({ from: "a@xn--pypal-4ve.com" })).toContain("lookalike");
    // Cloudflare's own word is evidence too.
    expect(anomaliesOf(detail({ from: "a@other.example", detection_reasons: ["Domain <b>other[.]example</b> is a lookalike of <b>Northwind</b>"] })).find((f) => f.kind === "lookalike")?.evidence).toBe(
      "Domain other[.]example is a lookalike of Northwind",
    );
  });

  it("a newly registered domain, said by a reason or by the threat category", () => {
    expect(anomaliesOf(detail({ from: "a@b.example", detection_reasons: ["Sender domain <b>b[.]example</b> was registered 3 days ago"] })).find((f) => f.kind === "new-domain")?.evidence).toBe(
      "Sender domain b[.]example was registered 3 days ago",
    );
    expect(kinds({ from: "a@b.example", threat_categories: ["NewDomain"] })).toContain("new-domain");
  });

  it("failed authentication, naming each check that failed", () => {
    expect(anomaliesOf(detail({ from: "a@b.example", validation: { spf: "softfail", dkim: "pass", dmarc: "fail" } })).find((f) => f.kind === "auth-fail")?.evidence).toBe("SPF softfail, DMARC fail");
  });

  it("hidden characters, naming where", () => {
    expect(anomaliesOf(detail({ from: "a@b.example", subject: "Invoice\u202Efdp.exe" })).find((f) => f.kind === "hidden-characters")?.evidence).toBe("In the subject");
  });
});

describe("no flag on ordinary mail", () => {
  it.each([
    ["a notification from the brand's own domain", { from: "notifications@github.com", from_name: "GitHub", replyto: "noreply@github.com" }],
    ["a brand sending from its subdomain", { from: "o365mc@microsoft.com", from_name: "Microsoft 365 Message center" }],
    ["a brand named with the sender's company", { from: "dse_na3@docusign.net", from_name: "DocuSign via Acme Corp" }],
    ["the brand's name under another country's domain", { from: "someone@hotmail.co.uk", from_name: "Someone" }],
    ["a colleague in another office", { from: "bo@uk.acme-corp.com", replyto: "bo@acme-corp.com" }],
    ["a partner", { from: "orders@northwindtraders.com", from_name: "Northwind Traders" }],
  ])("%s", (_, fields) => {
    expect(kinds(fields)).toEqual([]);
  });
});
