import { NETWORKS } from "./data/network";
import type { Directory } from "./data/people";
import type { Draft } from "./generate/draft";
import { assemble } from "./generate/assemble";
import type { MessageRecord } from "./generate/record";
import { hashString } from "./prng";

// Messages an attacker controls the text of, always present (in the default window and as detections) so
// every screen is exercised on them: markup and script in subjects, names and reasons, bidi overrides and
// zero-width characters, a 1,000-character subject, a record that is null wherever it may be, and values
// outside every known enumeration. The `{investigate_id}` routes accept these postfix ids as they are.

export const HOSTILE_MESSAGE_IDS = {
  markup: "7XssMarkupTags01",
  bidi: "7BidiZeroWidth02",
  longSubject: "7LongSubject1k03",
  allNulls: "7AllNullFields04",
  unknownEnums: "7UnknownEnums505",
} as const;

const NULL_PROPERTIES = { allowlisted_pattern: null, allowlisted_pattern_type: null, blocklisted_message: null, blocklisted_pattern: null, whitelisted_pattern_type: null };

export type HostileMessageName = keyof typeof HOSTILE_MESSAGE_IDS;

const LONG_SUBJECT = (() => {
  const words = "URGENT ACTION REQUIRED your mailbox will be suspended unless you verify your account details today".split(" ");
  let text = "";
  for (let i = 0; text.length < 1000; i++) text += `${words[i % words.length] ?? "x"} `;
  return text.slice(0, 999) + "!";
})();

function draft(base: Partial<Draft> & Pick<Draft, "scenario" | "disposition" | "subject" | "from">, directory: Directory): Draft {
  return {
    fromName: null,
    envelopeFrom: base.from,
    replyTo: null,
    to: [directory.finance[0] ?? directory.everyone[0] ?? { name: "Analyst", address: "analyst@acme-corp.com", department: "Shared" }],
    cc: [],
    network: NETWORKS.bulletproof,
    auth: "all-none",
    originatingIp: null,
    threatCategories: [],
    reasons: [],
    findings: [],
    links: [],
    attachments: [],
    body: { kind: "credential-phish", brand: "Microsoft", cta: "Verify now" },
    quarantine: false,
    template: base.scenario,
    messageIdStyle: "generic",
    ...base,
  };
}

export function hostileRecords(directory: Directory, now: number): MessageRecord[] {
  const at = (hours: number) => Math.floor((now - hours * 3_600_000) / 1000) * 1000;
  const build = (name: HostileMessageName, hours: number, value: Draft, patch?: (message: Record<string, unknown>) => void, detection?: boolean) =>
    assemble({ draft: () => value, time: at(hours), now, seed: hashString(name), postfixId: HOSTILE_MESSAGE_IDS[name], generation: "both", detection }, patch);

  const markup = draft(
    {
      scenario: "hostile-markup",
      disposition: "MALICIOUS",
      subject: `<script>alert(1)</script> Invoice #4471 overdue <img src=x onerror=alert(1)>`,
      fromName: `<img src=x onerror=alert(1)>Microsoft`,
      from: "billing@micros0ft-support.com",
      replyTo: `attacker+"><script>alert(1)</script>@evil.example`,
      to: [{ name: `<svg onload=alert(1)>`, address: directory.staff[0]?.address ?? "staff@acme-corp.com", department: "Shared" }],
      threatCategories: ["CredentialHarvester", "<script>alert(1)</script>"],
      reasons: [
        `Link to <a href="javascript:alert(1)">click here</a> found in <b>body</b>`,
        `Display name <b onmouseover="alert(1)">&lt;img&gt;</b> contains markup`,
        `<script>alert(document.cookie)</script>`,
        `<svg onload=alert(1)><b>micros0ft-support[dot]com</b>`,
      ],
      findings: [{ name: "<img src=x onerror=alert(1)>", detection: "MALICIOUS", field: "subject", portion: null, value: "<script>alert(1)</script>", reason: `<a href="javascript:alert(1)">x</a>`, score: 0.99, detail: null, attachment: null }],
      links: [
        { href: "javascript:alert(1)", text: "<svg onload=alert(1)>" },
        { href: "https://micros0ft-support.com/login?next=%3Cscript%3Ealert(1)%3C/script%3E", text: "Verify" },
      ],
      attachments: [{ name: "<img src=x onerror=alert(1)>.html", contentType: "text/html", kind: "html", detection: "MALICIOUS", target: "https://micros0ft-support.com/collect" }],
      quarantine: true,
    },
    directory,
  );

  const bidi = draft(
    {
      scenario: "hostile-bidi",
      disposition: "MALICIOUS",
      subject: "Payment\u200B receipt \u202Efdp.exe\u202C \u2013 PayPal\u200D\uFEFF",
      fromName: "Pay\u200BPal\u200D Support",
      from: "service@paypa1-billing.net",
      to: [{ name: "\u202Etnatsissa\u202C Finance", address: directory.finance[0]?.address ?? "ap@acme-corp.com", department: "Shared" }],
      threatCategories: ["Malware", "Impersonation"],
      reasons: ["Attachment <b>invoice\u202Efdp.exe</b> hides its extension with a right-to-left override", "Display name <b>Pay\u200BPal</b> contains zero-width characters"],
      // A finding whose value is a live URL and whose text hides characters, like the attachment it names.
      findings: [
        {
          name: "Hidden\u200B extension",
          detection: "MALICIOUS",
          field: "attachment",
          portion: "filename",
          value: "https://paypa1-billing.net/dl/invoice\u202Efdp.exe",
          reason: "Attachment <b>invoice\u202Efdp.exe</b> is an executable",
          score: 0.98,
          detail: "Downloaded from http://paypa1-billing.net",
          attachment: "invoice\u202Efdp.exe",
        },
      ],
      links: [{ href: "https://paypa1-billing.net/pay", text: "https://www.paypal.com/invoice" }],
      attachments: [{ name: "invoice\u202Efdp.exe", contentType: "application/octet-stream", kind: "exe", detection: "MALICIOUS" }],
      body: { kind: "malware", brand: "PayPal", cta: null },
      quarantine: true,
    },
    directory,
  );

  const long = draft(
    {
      scenario: "hostile-long",
      disposition: "SPAM",
      subject: LONG_SUBJECT,
      fromName: "Account Services",
      from: "notice@winner-claims-center.info",
      threatCategories: ["Spam"],
      reasons: [`Content matches a known spam campaign: <b>${LONG_SUBJECT.slice(0, 200)}</b>`],
      body: { kind: "spam", brand: "winner-claims-center.info", cta: "Claim now" },
    },
    directory,
  );

  // Every optional field null and every required list empty. The search index still lists it as a
  // detection: the record lost its fields, not its verdict, so it must stay reachable with the default.
  const nulls = draft({ scenario: "hostile-nulls", disposition: null, subject: "", from: "", envelopeFrom: "", to: [], body: { kind: "bounce", brand: "", cta: null } }, directory);
  const blank = (message: Record<string, unknown>) => {
    for (const key of Object.keys(message)) {
      if (["id", "postfix_id", "ts", "is_phish_submission", "is_quarantined"].includes(key)) continue;
      message[key] = ["client_recipients", "detection_reasons", "action_log"].includes(key) ? [] : key === "properties" ? NULL_PROPERTIES : null;
    }
    message.is_phish_submission = false;
    message.is_quarantined = false;
    for (const key of ["scanned_at", "sent_at", "sent_date", "smtp_helo_server_ip", "smtp_previous_hop_ip", "x_originating_ip", "delivery_status", "post_delivery_operations"]) message[key] = null;
  };

  const unknown = draft(
    {
      scenario: "hostile-unknown",
      disposition: "QUARANTINED-HOLD",
      subject: "Quarterly compliance attestation",
      fromName: "Compliance Desk",
      from: "attest@treyresearch.net",
      network: NETWORKS.ovh,
      threatCategories: ["QuishingV2"],
      reasons: ["Held for review by <b>legal hold</b> policy"],
      deliveryMode: "SECURE_HOLD",
      body: { kind: "partner", brand: "Trey Research", cta: null },
    },
    directory,
  );
  const unknownPatch = (message: Record<string, unknown>) => {
    message.delivery_status = ["held"];
    message.post_delivery_operations = ["PREVIEW", "LEGAL_HOLD"];
    message.validation = { comment: "SPF softfail", dkim: "temperror", dmarc: "bestguesspass", spf: "softfail" };
    message.properties = { allowlisted_pattern: null, allowlisted_pattern_type: "partner_hold", blocklisted_message: null, blocklisted_pattern: null, whitelisted_pattern_type: "partner_hold" };
  };

  return [
    build("markup", 2, markup),
    build("bidi", 5, bidi),
    build("longSubject", 26, long),
    build("allNulls", 50, nulls, blank, true),
    build("unknownEnums", 74, unknown, unknownPatch),
  ];
}
