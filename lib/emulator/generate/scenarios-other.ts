import { NETWORKS, randomIp } from "../data/network";
import { COMPROMISED_DOMAINS, PARTNERS } from "../data/organisations";
import { COMPANY, randomOutsider } from "../data/people";
import type { Scenario } from "./draft";
import { finding, reasons } from "./scenario-helpers";

// SUSPICIOUS lures that fall short of a verdict, and the rare ENCRYPTED, EXTERNAL and UNKNOWN.

const SUSPICIOUS_SUBJECTS = {
  voicemail: ["You have a new voicemail (0:42)", "Missed call from +1 (646) 555-0199 - voice message attached", "New fax received: 3 pages"],
  share: ["Document shared with you: Q3 Budget Review", "Please review: Updated Vendor List", "Proposal for Acme Corp - view online"],
  qr: ["Scan to review your 2026 benefits enrollment", "Action required: re-register MFA with the QR code", "Parking permit renewal - scan to confirm"],
  domain: ["Quick question about your services", "Partnership proposal", "Following up on the invoice", "Account statement available"],
} as const;

const suspicious: Scenario = {
  key: "suspicious",
  weight: 2.5,
  build: (rng, { directory }) => {
    const kind = rng.weighted(["voicemail", "share", "qr", "domain"] as const, [24, 20, 16, 40]);
    const compromised = kind === "share";
    const domain = compromised ? rng.pick(COMPROMISED_DOMAINS) : `${rng.pick(["secure", "notify", "docs", "corp", "global"])}${rng.pick(["-mail", "hub", "-portal", "link"])}${rng.int(2, 99)}.${rng.pick(["com", "net", "online", "site"])}`;
    const sender = randomOutsider(rng, domain);
    const network = compromised ? NETWORKS.google : rng.pick([NETWORKS.digitalocean, NETWORKS.ovh, NETWORKS.amazonSes]);
    const ip = randomIp(rng, network);
    const url = `https://${compromised ? "docs-review-" + rng.hex(4) + ".firebaseapp.com" : domain}/${rng.base62(10)}`;
    const age = rng.int(3, 40);
    const categories = kind === "qr" ? ["QRCode", "NewDomain"] : compromised ? ["CredentialHarvester", "Impersonation"] : ["NewDomain", "IPReputation"];
    const reasonList =
      kind === "qr" ? [reasons.qr(), reasons.newDomain(domain, age)] : compromised ? [reasons.harvester(url)] : [reasons.newDomain(domain, age), reasons.ipSpam(ip)];
    return {
      scenario: `suspicious-${kind}`,
      disposition: "SUSPICIOUS",
      fromName: kind === "voicemail" ? "Voice Messaging System" : kind === "qr" ? `${COMPANY.name} Benefits` : sender.name,
      from: kind === "voicemail" ? `voicemail@${domain}` : sender.address,
      envelopeFrom: sender.address,
      replyTo: null,
      to: [rng.pick(directory.everyone)],
      cc: [],
      subject: rng.pick(SUSPICIOUS_SUBJECTS[kind]),
      network,
      senderIp: ip,
      auth: compromised ? "aligned" : rng.weighted(["no-dmarc", "all-none", "aligned"] as const, [50, 30, 20]),
      originatingIp: null,
      threatCategories: categories,
      reasons: reasonList,
      findings: [finding(rng, "SUSPICIOUS", { name: categories[0] ?? "NewDomain", field: kind === "qr" ? "attachment" : "body", value: kind === "qr" ? "qr-code.png" : url, reason: reasonList[0]?.replace(/<\/?b>/g, "") ?? "", min: 0.45, max: 0.75 })],
      links: kind === "qr" ? [] : [{ href: url, text: kind === "voicemail" ? "Play message" : "Open document" }],
      attachments: kind === "qr" ? [{ name: "qr-code.png", contentType: "image/png", kind: "image", detection: "SUSPICIOUS" }] : [],
      body: { kind: kind === "voicemail" ? "voicemail" : kind === "qr" ? "qr" : "credential-phish", brand: kind === "share" ? "SharePoint" : domain, cta: kind === "voicemail" ? "Play message" : "Open document" },
      quarantine: rng.chance(0.35),
      template: `suspicious:${kind}`,
      messageIdStyle: compromised ? "gmail" : "generic",
    };
  },
};

const encrypted: Scenario = {
  key: "encrypted",
  weight: 0.3,
  build: (rng, { directory }) => {
    const partner = rng.pick(PARTNERS.filter((org) => ["Woodgrove Bank", "Lamna Healthcare", "Contoso Ltd"].includes(org.name)));
    const sender = randomOutsider(rng, partner.domain);
    const smime = rng.chance(0.6);
    return {
      scenario: "encrypted",
      disposition: "ENCRYPTED",
      fromName: sender.name,
      from: sender.address,
      envelopeFrom: sender.address,
      replyTo: null,
      to: [rng.pick(directory.everyone)],
      cc: [],
      subject: rng.pick(["Encrypted: Contract draft v3", "[SECURE] Account statement", "Secure message: claim documents", "Confidential: term sheet"]),
      network: NETWORKS[partner.network],
      auth: "aligned",
      originatingIp: null,
      threatCategories: [],
      reasons: [],
      findings: [finding(rng, "ENCRYPTED", { name: "Encrypted", field: "attachment", value: smime ? "smime.p7m" : "documents.zip", reason: "Content is encrypted and could not be scanned", min: 0.1, max: 0.3 })],
      links: [],
      attachments: [smime ? { name: "smime.p7m", contentType: "application/pkcs7-mime", kind: "p7m", detection: "ENCRYPTED", encrypted: true } : { name: "documents.zip", contentType: "application/zip", kind: "zip", detection: "ENCRYPTED", encrypted: true }],
      body: { kind: "encrypted", brand: partner.name, cta: null },
      quarantine: false,
      template: "encrypted",
      messageIdStyle: "outlook",
    };
  },
};

const external: Scenario = {
  key: "external",
  weight: 0.15,
  build: (rng, { directory }) => {
    const partner = rng.pick(PARTNERS);
    const sender = randomOutsider(rng, partner.domain);
    return {
      scenario: "external",
      disposition: "EXTERNAL",
      fromName: sender.name,
      from: sender.address,
      envelopeFrom: sender.address,
      replyTo: null,
      to: [rng.pick(directory.everyone)],
      cc: [],
      subject: rng.pick(["Re: Shipment status", "Updated price list", "Meeting notes"]),
      network: NETWORKS[partner.network],
      auth: "aligned",
      originatingIp: null,
      threatCategories: [],
      reasons: ["Disposition set by an <b>external</b> upstream gateway"],
      findings: [],
      links: [],
      attachments: [],
      body: { kind: "partner", brand: partner.name, cta: null },
      quarantine: false,
      template: "partner",
      messageIdStyle: "outlook",
      deliveryMode: "BCC",
    };
  },
};

const unknown: Scenario = {
  key: "unknown",
  weight: 0.15,
  build: (rng, { directory }) => {
    const person = rng.pick(directory.everyone);
    return {
      scenario: "unknown",
      disposition: "UNKNOWN",
      fromName: "Mail Delivery System",
      from: `MAILER-DAEMON@${rng.pick(["mx.northwindtraders.com", "mail.proseware.com", "smtp.fabrikam.com"])}`,
      envelopeFrom: "",
      replyTo: null,
      to: [person],
      cc: [],
      subject: `Undeliverable: ${rng.pick(["Q3 planning sync", "Purchase order follow-up", "Meeting follow-up"])}`,
      network: NETWORKS.ovh,
      auth: "all-none",
      originatingIp: null,
      threatCategories: [],
      reasons: ["Message could not be fully parsed: <b>malformed MIME boundary</b>"],
      findings: [],
      links: [],
      attachments: [],
      body: { kind: "bounce", brand: person.address, cta: null },
      quarantine: false,
      template: "bounce",
      messageIdStyle: "generic",
    };
  },
};

export const OTHER_SCENARIOS: readonly Scenario[] = [suspicious, encrypted, external, unknown];
