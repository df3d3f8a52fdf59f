import { NETWORKS, randomIp } from "../data/network";
import { ABUSED_HOSTS, COMPROMISED_DOMAINS, LOOKALIKES } from "../data/organisations";
import { randomOutsider } from "../data/people";
import type { Rng } from "../prng";
import type { AttachmentDraft, Draft, Scenario } from "./draft";
import { finding, reasons } from "./scenario-helpers";

// MALICIOUS mail: credential phishing on lookalike domains, malware attachments, invoice lures.

const PHISH_SUBJECTS: Record<string, readonly string[]> = {
  Microsoft: ["Action required: Your password expires today", "Unusual sign-in activity", "Your mailbox is almost full (98%)", "You have 3 undelivered messages"],
  PayPal: ["Your account has been limited", "Receipt for your payment to Coinbase Inc.", "Unauthorized transaction detected"],
  DocuSign: ["Please review and sign: Q3 Bonus Allocation", "Completed: Payroll Update 2026 - please review"],
  Amazon: ["Your order #114-{n} could not be shipped", "Action needed: update your payment method"],
  DHL: ["DHL Express: your parcel is on hold - customs fee unpaid", "Delivery attempt failed - reschedule now"],
  FedEx: ["FedEx: Package delivery exception", "Your shipment is waiting for address confirmation"],
  "Wells Fargo": ["Important: Online banking access suspended", "Verify recent wire activity"],
  Adobe: ["Adobe Acrobat Sign: Acme Corp - Remittance Advice is ready", "You have a document to review"],
  SharePoint: ["Jennifer Walsh shared \"2026 Salary Review.xlsx\" with you", "A file was shared with you: Acme_Restructuring_Plan.pdf"],
  "Acme Corp": ["IT Notice: Multi-factor authentication re-enrollment required", "Open enrollment: confirm your 2026 benefits selection"],
  Okta: ["Okta: Verify your identity to keep access", "Suspicious sign-in blocked - confirm it was you"],
  LinkedIn: ["You have 4 new messages waiting", "Your account was accessed from a new device"],
};

function phishUrl(rng: Rng, domain: string, brand: string, recipient: string): string {
  const email = Buffer.from(recipient).toString("base64").replace(/=+$/, "");
  const roll = rng.next();
  if (roll < 0.55) return `https://${domain}/${rng.pick(["owa/auth", "signin", "secure/login", "account/verify", "sso"])}/index.php?client=${rng.base62(12)}&e=${email}`;
  if (roll < 0.85) {
    const host = rng.pick(ABUSED_HOSTS);
    const path = host === "ipfs.io" ? `ipfs/bafybei${rng.base62(40).toLowerCase()}` : host === "storage.googleapis.com" ? `${brand.toLowerCase().replace(/\s/g, "")}-${rng.hex(6)}/index.html` : `${rng.base62(8)}/`;
    return `https://${host}/${path}#${email}`;
  }
  return `https://${rng.pick(COMPROMISED_DOMAINS)}/wp-content/plugins/${rng.base62(6).toLowerCase()}/login.html?${email}`;
}

const credentialPhish: Scenario = {
  key: "credential-phish",
  weight: 0.8,
  build: (rng, { directory }) => {
    const lure = rng.pick(LOOKALIKES);
    const network = rng.pick([NETWORKS.bulletproof, NETWORKS.digitalocean, NETWORKS.ovh, NETWORKS.hetzner]);
    const ip = randomIp(rng, network);
    const to = [rng.pick(directory.everyone)];
    const url = phishUrl(rng, lure.domain, lure.brand, to[0]?.address ?? "user@acme-corp.com");
    const wrapped = rng.chance(0.2);
    const href = wrapped ? `https://www.google.com/url?q=${encodeURIComponent(url)}&sa=D&usg=${rng.base62(20)}` : url;
    const age = rng.int(1, 20);
    const categories = ["CredentialHarvester", "Impersonation", "NewDomain"];
    const reasonList = [reasons.lookalike(lure.domain, lure.brand), reasons.harvester(url), reasons.newDomain(lure.domain, age)];
    if (wrapped) {
      categories.push("LinkRewriting");
      reasonList.push(reasons.rewritten("www.google.com"));
    }
    if (network === NETWORKS.bulletproof) {
      categories.push("ASNReputation");
      reasonList.push(reasons.asn(network.asName, network.asNumber));
    }
    return {
      scenario: "credential-phish",
      disposition: "MALICIOUS",
      fromName: lure.senderName,
      from: `${lure.local}@${lure.domain}`,
      envelopeFrom: `${lure.local}@${lure.domain}`,
      replyTo: null,
      to,
      cc: [],
      subject: (rng.pick(PHISH_SUBJECTS[lure.brand] ?? ["Action required"])).replace("{n}", rng.digits(7)),
      network,
      senderIp: ip,
      // Attackers own their lookalike domains, so they often authenticate perfectly.
      auth: rng.weighted(["aligned", "no-dmarc", "all-none"] as const, [55, 30, 15]),
      originatingIp: null,
      threatCategories: categories,
      reasons: reasonList,
      findings: [
        finding(rng, "MALICIOUS", { name: "CredentialHarvester", field: "body", portion: "link", value: url, reason: "Link resolves to a credential harvesting kit", detail: `Kit fingerprint ${lure.brand.toLowerCase().replace(/\s/g, "-")}-${rng.hex(6)}`, min: 0.9 }),
        finding(rng, "MALICIOUS", { name: "Impersonation", field: "from", value: `${lure.local}@${lure.domain}`, reason: `Brand impersonation: ${lure.brand}`, min: 0.8 }),
      ],
      links: [{ href, text: rng.pick(["Verify now", "Review document", "Sign in to continue", "Keep my password", "View secure message"]) }],
      attachments: [],
      body: { kind: "credential-phish", brand: lure.brand, cta: "Verify now" },
      quarantine: rng.chance(0.85),
      template: `phish:${lure.brand}`,
      messageIdStyle: "generic",
      campaignCopies: rng.chance(0.25) ? rng.int(1, 3) : 0,
    };
  },
};

const MALWARE: readonly (AttachmentDraft & { what: string })[] = [
  { name: "Invoice_{n}.pdf.html", contentType: "text/html", kind: "html", detection: "MALICIOUS", what: "is an HTML credential form disguised as a PDF" },
  { name: "Remittance_Advice_{n}.htm", contentType: "text/html", kind: "html", detection: "MALICIOUS", what: "contains an HTML credential form" },
  { name: "Scan_{n}.iso", contentType: "application/x-iso9660-image", kind: "iso", detection: "MALICIOUS", what: "is a disk image containing an executable" },
  { name: "PO-{n}.xlsm", contentType: "application/vnd.ms-excel.sheet.macroEnabled.12", kind: "macro", detection: "MALICIOUS", what: "contains an auto-executing macro" },
  { name: "Payment_Details_{n}.zip", contentType: "application/zip", kind: "zip", detection: "MALICIOUS", what: "contains a malicious shortcut (.lnk)" },
  { name: "DHL_AWB_{n}.img", contentType: "application/octet-stream", kind: "iso", detection: "MALICIOUS", what: "is a disk image containing an executable" },
  { name: "Contract_Review_{n}.docm", contentType: "application/vnd.ms-word.document.macroEnabled.12", kind: "macro", detection: "MALICIOUS", what: "contains an auto-executing macro" },
];

const MALWARE_SUBJECTS = ["Remittance advice for payment", "Overdue invoice #{n} - final notice", "Scanned document from Xerox WorkCentre", "Purchase order PO-{n}", "Shipping documents (AWB {n})", "Updated contract for review"] as const;

function malwareDraft(rng: Rng, directory: Parameters<Scenario["build"]>[1]["directory"], key: "malware-attachment" | "invoice-lure"): Draft {
  const number = rng.digits(5);
  const chosen = key === "invoice-lure" ? rng.pick(MALWARE.slice(0, 2)) : rng.pick(MALWARE);
  const { what, ...attachment } = chosen;
  const name = attachment.name.replace("{n}", number);
  const compromised = rng.chance(0.5);
  const domain = compromised ? rng.pick(COMPROMISED_DOMAINS) : `${rng.pick(["billing", "accounts", "invoices", "payments"])}-${rng.base62(5).toLowerCase()}.${rng.pick(["com", "net", "top", "shop"])}`;
  const sender = randomOutsider(rng, domain);
  const network = compromised ? rng.pick([NETWORKS.google, NETWORKS.microsoft, NETWORKS.hetzner]) : rng.pick([NETWORKS.bulletproof, NETWORKS.nigeria, NETWORKS.vietnam]);
  const target = `https://${rng.pick(LOOKALIKES).domain}/owa/auth/${rng.base62(8)}.php`;
  const pool = key === "invoice-lure" ? [...directory.finance, ...directory.shared.slice(0, 2)] : directory.everyone;
  const categories = ["Malware", "SuspiciousAttachment"];
  if (attachment.kind === "html") categories.push("CredentialHarvester");
  if (!compromised) categories.push("NewDomain");
  return {
    scenario: key,
    disposition: "MALICIOUS",
    fromName: key === "invoice-lure" ? `${sender.name} - Accounts Receivable` : sender.name,
    from: sender.address,
    envelopeFrom: sender.address,
    replyTo: rng.chance(0.3) ? randomOutsider(rng, "outlook.com").address : null,
    to: rng.sample(pool, rng.int(1, 2)),
    cc: [],
    subject: rng.pick(MALWARE_SUBJECTS).replace("{n}", number),
    network,
    auth: compromised ? "aligned" : rng.weighted(["all-none", "no-dmarc", "spoofed-neutral"] as const, [40, 40, 20]),
    originatingIp: compromised && network === NETWORKS.microsoft ? `102.89.${rng.int(0, 255)}.${rng.int(1, 254)}` : null,
    threatCategories: categories,
    reasons: [reasons.attachment(name, what), compromised ? reasons.ipSpam(randomIp(rng, network)) : reasons.newDomain(domain, rng.int(1, 9))],
    findings: [
      finding(rng, "MALICIOUS", { name: attachment.kind === "html" ? "CredentialHarvester" : "Malware", field: "attachment", value: name, attachment: name, reason: `Attachment ${what}`, detail: attachment.kind === "html" ? `Form posts to ${target}` : `Sandbox verdict: ${rng.pick(["Qakbot", "AsyncRAT", "Remcos", "IcedID", "Formbook"])} loader`, min: 0.92 }),
    ],
    links: [],
    attachments: [{ ...attachment, name, target }],
    body: { kind: key === "invoice-lure" ? "invoice-lure" : "malware", brand: domain, cta: null },
    quarantine: rng.chance(0.92),
    template: `${key}:${attachment.kind}`,
    messageIdStyle: compromised && network === NETWORKS.google ? "gmail" : compromised && network === NETWORKS.microsoft ? "outlook" : "generic",
  };
}

const malwareAttachment: Scenario = { key: "malware-attachment", weight: 0.45, build: (rng, { directory }) => malwareDraft(rng, directory, "malware-attachment") };
const invoiceLure: Scenario = { key: "invoice-lure", weight: 0.35, build: (rng, { directory }) => malwareDraft(rng, directory, "invoice-lure") };

export const PHISHING_SCENARIOS: readonly Scenario[] = [credentialPhish, malwareAttachment, invoiceLure];
