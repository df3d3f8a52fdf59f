import { NETWORKS } from "../data/network";
import { FREEMAIL, PARTNERS, SAAS } from "../data/organisations";
import { COMPANY, randomOutsider, type Person } from "../data/people";
import type { Rng } from "../prng";
import type { AuthProfile, Draft, Scenario } from "./draft";
import { ccList, fill, recipients, replyPrefix } from "./scenario-helpers";

// Ordinary mail, about 80% of the total: colleagues, partners, SaaS notifications, outsiders.

const INTERNAL_SUBJECTS = [
  "Q3 planning sync",
  "Budget review follow-up",
  "Updated onboarding checklist",
  "Lunch on Thursday?",
  "Customer escalation - {partner}",
  "Design review notes",
  "PTO next week",
  "Contract redlines from legal",
  "Board deck: final draft",
  "Reminder: all-hands at 4pm",
  "Office closure on Monday",
  "Hiring plan for H2",
  "Incident postmortem: checkout latency",
  "Can you review my expense report?",
  "Welcome our new team members",
  "Slides from today's training",
] as const;

const PARTNER_SUBJECTS = [
  "Meeting follow-up",
  "Purchase order PO-{n}",
  "Updated SOW attached",
  "Shipping confirmation for order #{n}",
  "Q2 business review deck",
  "Renewal quote for FY26",
  "Introductions: {partner} and Acme Corp",
  "Delivery schedule update",
  "Signed agreement attached",
  "Question about the latest release",
] as const;

const PERSONAL_SUBJECTS = [
  "Application for Senior Software Engineer role",
  "Question about my order #{n}",
  "Introduction via Jamie",
  "Speaking opportunity at DevOps Days",
  "Following up on our call",
  "Referral: candidate for the sales role",
  "Thank you for the interview",
  "Volunteer day photos",
] as const;

const OFFICE_ATTACHMENTS = [
  { name: "Q3_Forecast.xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  { name: "SOW_v4_redline.docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  { name: "QBR_deck.pptx", contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
] as const;

function base(rng: Rng, key: string, parts: Omit<Draft, "scenario" | "disposition" | "threatCategories" | "reasons" | "findings" | "quarantine" | "originatingIp" | "cc"> & Partial<Pick<Draft, "cc" | "originatingIp">>): Draft {
  return {
    scenario: key,
    disposition: "NONE",
    threatCategories: [],
    reasons: [],
    findings: [],
    quarantine: false,
    originatingIp: null,
    cc: [],
    ...parts,
  };
}

function partnerAuth(rng: Rng): AuthProfile {
  return rng.weighted<AuthProfile>(["aligned", "no-dmarc", "aligned-no-dkim", "temp-error"], [80, 10, 8, 2]);
}

const internal: Scenario = {
  key: "internal",
  weight: 17,
  build: (rng, { directory }) => {
    const sender = rng.pick(directory.everyone);
    const to = recipients(rng, directory).filter((person) => person.address !== sender.address);
    return base(rng, "internal", {
      fromName: sender.name,
      from: sender.address,
      envelopeFrom: sender.address,
      replyTo: null,
      to: to.length > 0 ? to : [rng.pick(directory.staff)],
      cc: ccList(rng, directory, 0.2),
      subject: replyPrefix(rng, fill(rng, rng.pick(INTERNAL_SUBJECTS))),
      network: NETWORKS.microsoft,
      auth: "aligned",
      links: rng.chance(0.3) ? [{ href: `https://acmecorp.sharepoint.com/sites/team/Shared%20Documents/doc-${rng.int(100, 999)}.docx`, text: "Open in SharePoint" }] : [],
      attachments: rng.chance(0.12) ? [{ ...rng.pick(OFFICE_ATTACHMENTS), kind: "office", detection: null }] : [],
      body: { kind: "internal", brand: COMPANY.name, cta: null },
      template: "internal",
      messageIdStyle: "outlook",
      deliveryMode: rng.chance(0.7) ? "JOURNAL" : "DIRECT",
    });
  },
};

function partnerDraft(rng: Rng, directory: Parameters<Scenario["build"]>[1]["directory"], invoice: boolean): Draft {
  const partner = rng.pick(PARTNERS);
  const sender = randomOutsider(rng, partner.domain);
  const number = rng.int(10000, 99999);
  const subject = invoice ? `Invoice INV-${number} from ${partner.name}` : replyPrefix(rng, fill(rng, rng.pick(PARTNER_SUBJECTS)));
  const pool = invoice ? [...directory.finance, ...directory.shared.slice(0, 2)] : directory.everyone;
  const attachments = invoice
    ? [{ name: `INV-${number}.pdf`, contentType: "application/pdf", kind: "pdf" as const, detection: null }]
    : rng.chance(0.2)
      ? [{ ...rng.pick(OFFICE_ATTACHMENTS), kind: "office" as const, detection: null }]
      : [];
  return base(rng, invoice ? "partner-invoice" : "partner", {
    fromName: `${sender.name}${rng.chance(0.3) ? ` | ${partner.name}` : ""}`,
    from: sender.address,
    envelopeFrom: sender.address,
    replyTo: null,
    to: recipients(rng, directory, pool),
    cc: ccList(rng, directory, 0.15),
    subject,
    network: NETWORKS[partner.network],
    auth: partnerAuth(rng),
    links: rng.chance(0.25) ? [{ href: `https://www.${partner.domain}/`, text: partner.name }] : [],
    attachments,
    body: { kind: invoice ? "invoice" : "partner", brand: partner.name, cta: null },
    template: invoice ? `invoice:${partner.domain}` : "partner",
    messageIdStyle: partner.network === "google" ? "gmail" : partner.network === "microsoft" ? "outlook" : "generic",
    properties: rng.chance(0.2) ? { allowlisted_pattern: `*@${partner.domain}`, allowlisted_pattern_type: "acceptable_sender" } : undefined,
  });
}

const partner: Scenario = { key: "partner", weight: 19, build: (rng, { directory }) => partnerDraft(rng, directory, false) };
const partnerInvoice: Scenario = { key: "partner-invoice", weight: 3, build: (rng, { directory }) => partnerDraft(rng, directory, true) };

const saas: Scenario = {
  key: "saas",
  weight: 27,
  build: (rng, { directory }) => {
    const sender = rng.pick(SAAS);
    const domain = sender.address.split("@")[1] ?? "example.com";
    const to: Person[] = [rng.pick(directory.everyone)];
    return base(rng, "saas", {
      fromName: sender.name,
      from: sender.address,
      envelopeFrom: `bounces+${rng.digits(7)}-${rng.hex(4)}@${sender.network === "sendgrid" ? `em${rng.int(100, 9999)}.${domain}` : `mail.${domain}`}`,
      replyTo: null,
      to,
      subject: fill(rng, rng.pick(sender.subjects)),
      network: NETWORKS[sender.network],
      auth: rng.chance(0.93) ? "aligned" : "no-dmarc",
      links: [{ href: `https://${domain}/notifications/${rng.base62(10)}`, text: "View it on the web" }],
      attachments: sender.name === "Google Calendar" ? [{ name: "invite.ics", contentType: "text/calendar", kind: "ics", detection: null }] : [],
      body: { kind: "saas", brand: sender.name, cta: "View details" },
      template: `saas:${sender.name}`,
      messageIdStyle: sender.network === "google" ? "gmail" : sender.network === "microsoft" ? "outlook" : sender.network === "sendgrid" ? "sendgrid" : sender.network === "salesforce" ? "salesforce" : "ses",
    });
  },
};

const personal: Scenario = {
  key: "personal",
  weight: 9,
  build: (rng, { directory }) => {
    const domain = rng.pick(FREEMAIL);
    const sender = randomOutsider(rng, domain);
    const careers = rng.chance(0.3);
    return base(rng, "personal", {
      fromName: sender.name,
      from: sender.address,
      envelopeFrom: sender.address,
      replyTo: null,
      to: careers ? [directory.shared[5] ?? rng.pick(directory.shared)] : [rng.pick(directory.everyone)],
      subject: replyPrefix(rng, fill(rng, rng.pick(PERSONAL_SUBJECTS))),
      network: domain === "gmail.com" ? NETWORKS.google : domain === "outlook.com" ? NETWORKS.microsoft : NETWORKS.amazonSes,
      auth: "aligned",
      originatingIp: domain === "outlook.com" ? `73.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}` : null,
      links: [],
      attachments: careers ? [{ name: `${sender.name.replace(/\s/g, "_")}_Resume.pdf`, contentType: "application/pdf", kind: "pdf", detection: null }] : [],
      body: { kind: "personal", brand: sender.name, cta: null },
      template: "personal",
      messageIdStyle: domain === "gmail.com" ? "gmail" : domain === "outlook.com" ? "outlook" : "generic",
    });
  },
};

/** Mailing lists and forwarders break SPF; DKIM survives, so DMARC still passes. */
const forwarded: Scenario = {
  key: "forwarded",
  weight: 5,
  build: (rng, { directory }) => {
    const partnerOrg = rng.pick(PARTNERS);
    const sender = randomOutsider(rng, partnerOrg.domain);
    return base(rng, "forwarded", {
      fromName: `${sender.name} via Industry Forum`,
      from: sender.address,
      envelopeFrom: `forum-bounces+${rng.hex(6)}@lists.industryforum.org`,
      replyTo: "forum@lists.industryforum.org",
      to: [rng.pick(directory.everyone)],
      subject: `[industry-forum] ${fill(rng, rng.pick(PARTNER_SUBJECTS))}`,
      network: NETWORKS.hetzner,
      auth: rng.chance(0.7) ? "forwarded" : "dkim-unaligned",
      links: [{ href: "https://lists.industryforum.org/mailman/listinfo/forum", text: "Unsubscribe" }],
      attachments: [],
      body: { kind: "partner", brand: "Industry Forum", cta: null },
      template: "mailing-list",
      messageIdStyle: "generic",
    });
  },
};

export const BENIGN_SCENARIOS: readonly Scenario[] = [internal, partner, partnerInvoice, saas, personal, forwarded];
