import { NETWORKS, randomClientIp, randomIp } from "../data/network";
import { ACME_LOOKALIKES, FREEMAIL, PARTNERS } from "../data/organisations";
import { CEO, CFO, COMPANY, randomOutsider } from "../data/people";
import type { Scenario } from "./draft";
import { finding, reasons } from "./scenario-helpers";

// MALICIOUS-BEC (executive and vendor impersonation asking for money) and SPOOF (forged From: of Acme's
// own domain or a partner's, which fails DMARC).

const BEC_SUBJECTS = [
  "Urgent request",
  "Quick favor",
  "Are you at your desk?",
  "Wire transfer - confidential",
  "Payment needed today",
  "Gift cards for client appreciation",
  "Change of payroll direct deposit",
  "Confidential acquisition - need your help",
] as const;

const BEC_ASKS = ["wire transfer of $48,750", "purchase of 10 x $200 Apple gift cards", "update of my direct deposit account", "payment to a new vendor today"] as const;

const execBec: Scenario = {
  key: "bec-executive",
  weight: 0.4,
  build: (rng, { directory }) => {
    const exec = rng.chance(0.7) ? CEO : CFO;
    const lookalike = rng.chance(0.4);
    const local = exec.name.toLowerCase().replace(/\s/g, rng.pick([".", "", "_"]));
    const from = lookalike ? `${local}@${rng.pick(ACME_LOOKALIKES)}` : `${local}${rng.pick(["", ".ceo", ".office", String(rng.int(1, 99))])}@${rng.pick(FREEMAIL)}`;
    const replyTo = rng.chance(0.6) ? `${local}.private@${rng.pick(FREEMAIL)}` : null;
    const ask = rng.pick(BEC_ASKS);
    const network = from.endsWith("gmail.com") ? NETWORKS.google : NETWORKS.microsoft;
    const reasonList = [reasons.displayName(exec.name), lookalike ? reasons.lookalike(from.split("@")[1] ?? "", COMPANY.domain) : reasons.freemail(from), reasons.paymentAsk(ask)];
    if (replyTo) reasonList.push(reasons.replyTo(replyTo));
    return {
      scenario: "bec-executive",
      disposition: "MALICIOUS-BEC",
      // From free mail with no Reply-To, the name carries the executive's real address, as such mail does.
      fromName: lookalike || replyTo ? exec.name : `${exec.name} <${exec.address}>`,
      from,
      envelopeFrom: from,
      replyTo,
      to: [rng.pick(rng.chance(0.7) ? directory.finance : directory.everyone)],
      cc: [],
      subject: rng.pick(BEC_SUBJECTS),
      network,
      auth: lookalike ? rng.weighted(["aligned", "no-dmarc"] as const, [60, 40]) : "aligned",
      originatingIp: randomClientIp(rng, rng.pick(["NG", "RU", "VN", "US"] as const)),
      threatCategories: ["BEC", "ExecutiveImpersonation", "Impersonation"],
      reasons: reasonList,
      findings: [
        finding(rng, "MALICIOUS-BEC", { name: "BEC", field: "body", value: ask, reason: "Payment request from an impersonated executive", min: 0.85 }),
        finding(rng, "MALICIOUS-BEC", { name: "ExecutiveImpersonation", field: "from_name", value: exec.name, reason: "Display name matches a protected executive", min: 0.9 }),
      ],
      links: [],
      attachments: [],
      body: { kind: "bec", brand: exec.name, cta: ask },
      quarantine: rng.chance(0.8),
      template: "bec",
      messageIdStyle: network === NETWORKS.google ? "gmail" : "outlook",
    };
  },
};

const vendorBec: Scenario = {
  key: "bec-vendor",
  weight: 0.2,
  build: (rng, { directory }) => {
    const partner = rng.pick(PARTNERS);
    const [name, tld] = partner.domain.split(".");
    const fake = rng.pick([`${name}-inc.${tld}`, `${name}.co`, `${name}-billing.com`, `${(name ?? "").replace(/o/, "0")}.${tld}`]);
    const sender = randomOutsider(rng, fake);
    return {
      scenario: "bec-vendor",
      disposition: "MALICIOUS-BEC",
      fromName: `${sender.name} | ${partner.name}`,
      from: sender.address,
      envelopeFrom: sender.address,
      replyTo: null,
      to: [rng.pick([...directory.finance, ...directory.shared.slice(0, 1)])],
      cc: [],
      subject: rng.pick(["Updated banking details for invoice payment", "Change of remittance information", "RE: Outstanding invoices - new account"]),
      network: NETWORKS.microsoft,
      auth: "aligned",
      originatingIp: randomClientIp(rng, "NG"),
      threatCategories: ["BEC", "Impersonation", "NewDomain"],
      reasons: [reasons.lookalike(fake, partner.domain), reasons.newDomain(fake, rng.int(2, 14)), reasons.paymentAsk("update our bank account details")],
      findings: [finding(rng, "MALICIOUS-BEC", { name: "BEC", field: "body", value: "new bank account", reason: `Vendor impersonation of ${partner.name}`, min: 0.85 })],
      links: [],
      attachments: rng.chance(0.5) ? [{ name: "Bank_Letter.pdf", contentType: "application/pdf", kind: "pdf", detection: "SUSPICIOUS" }] : [],
      body: { kind: "bec", brand: partner.name, cta: "update our bank account details" },
      quarantine: rng.chance(0.75),
      template: "bec-vendor",
      messageIdStyle: "outlook",
    };
  },
};

const SPOOF_SUBJECTS = ["Password expiry notice", "Mandatory security awareness training", "Shared: Salary adjustments 2026.xlsx", "Updated holiday schedule", "Your invoice is attached", "Voicemail from +1 (212) 555-0147"] as const;

const spoof: Scenario = {
  key: "spoof",
  weight: 1.2,
  build: (rng, { directory }) => {
    const internal = rng.chance(0.6);
    const claimed = internal ? rng.pick([directory.shared[3], CEO, directory.shared[2]]) : null;
    const partner = rng.pick(PARTNERS);
    const from = claimed?.address ?? `billing@${partner.domain}`;
    const domain = internal ? COMPANY.domain : partner.domain;
    const network = rng.pick([NETWORKS.bulletproof, NETWORKS.hetzner, NETWORKS.chinanet, NETWORKS.nigeria]);
    const ip = randomIp(rng, network);
    // Some spoofers DKIM-sign with their own domain: DKIM passes, DMARC still fails (no alignment).
    const auth = rng.weighted(["spoofed", "spoofed-neutral", "dkim-unaligned"] as const, [55, 25, 20]);
    return {
      scenario: "spoof",
      disposition: "SPOOF",
      fromName: claimed?.name ?? `${partner.name} Billing`,
      from,
      envelopeFrom: `${rng.hex(8)}@${rng.pick(["mail-srv.net", "bulkmailer.xyz", "smtp-relay.top", "srv" + rng.int(10, 99) + ".hosted-mail.ru"])}`,
      replyTo: rng.chance(0.5) ? randomOutsider(rng, rng.pick(FREEMAIL)).address : null,
      to: rng.sample(directory.everyone, rng.int(1, 3)),
      cc: [],
      subject: rng.pick(SPOOF_SUBJECTS),
      network,
      senderIp: ip,
      auth,
      originatingIp: null,
      threatCategories: ["Spoof", "Impersonation", "IPReputation"],
      reasons: [reasons.dmarc(domain), reasons.ipSpam(ip)],
      findings: [finding(rng, "SPOOF", { name: "Spoof", field: "from", value: from, reason: `From: ${domain} but sent from ${ip}, which ${domain} does not authorise`, min: 0.8 })],
      links: [{ href: `http://${rng.pick(["bit.ly", "tinyurl.com", "t.co"])}/${rng.base62(7)}`, text: "Open" }],
      attachments: [],
      body: { kind: "spoof", brand: internal ? COMPANY.name : partner.name, cta: "Open" },
      quarantine: rng.chance(0.7),
      template: "spoof",
      messageIdStyle: "generic",
    };
  },
};

export const IMPERSONATION_SCENARIOS: readonly Scenario[] = [execBec, vendorBec, spoof];
