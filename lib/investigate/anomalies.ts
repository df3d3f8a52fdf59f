import { BRANDS, isWithin, sendsFrom } from "./brands";
import { detectionReasonText } from "./detection-reason";
import { hiddenFieldsOf } from "./hidden-fields";
import type { MessageDetail } from "./message-detail";

// What an analyst looks for before reading a message, called out as short flags with their evidence:
// replies that go elsewhere, a display name claiming a brand the domain is not, a domain that spells
// a brand or the recipient's own, a newly registered domain, failed authentication, hidden characters.
// Each flag says what it saw; none decides anything. All evidence is the attacker's text: shown inert.

export const ANOMALY_KINDS = ["reply-to", "brand-name", "name-address", "lookalike", "new-domain", "auth-fail", "hidden-characters"] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];
export type Anomaly = { kind: AnomalyKind; title: string; evidence: string };

const domainOf = (address: string | null): string | null => {
  const at = address?.lastIndexOf("@") ?? -1;
  return address && at >= 0 ? address.slice(at + 1).trim().toLowerCase().replace(/[>.]+$/, "") || null : null;
};

/** One organisation, by the sender's and the other's domain: the same, or one within the other. */
const sameOrganisation = (a: string, b: string) => isWithin(a, b) || isWithin(b, a);

/** A domain as it reads: digits that pass for letters read as those letters, "rn" as "m", no dots or hyphens. */
function skeleton(domain: string): string {
  const folded = domain.toLowerCase().replace(/rn/g, "m").replace(/vv/g, "w");
  return folded.replace(/[0134578]/g, (digit) => ({ "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b" })[digit] ?? digit).replace(/[.-]/g, "");
}

/** The name a domain is registered under: "paypa1-billing" of "login.paypa1-billing.net", "amazon" of "amazon.co.uk". */
const registeredName = (domain: string) => domain.replace(/\.(?:co|com|org|net|ac|gov|edu)\.[a-z]{2}$|\.[a-z0-9-]+$/i, "").split(".").at(-1) ?? "";

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** What the sender's domain looks like but is not: a brand's domain, or the recipients' own. */
function lookalikeOf(sender: string, recipientDomains: readonly string[]): string | null {
  if (sender.startsWith("xn--") || sender.includes(".xn--")) return "an internationalised (punycode) domain";
  const name = registeredName(sender);
  const shape = skeleton(name);
  const parts = new Set(name.split("-").map(skeleton));
  for (const brand of BRANDS) {
    if (sendsFrom(brand, sender)) continue;
    // The brand's own name under another top-level domain (hotmail.co.uk) is not flagged: only a name
    // that spells the brand inside more ("micros0ft-support"), or as one of its hyphenated words ("okta-acme").
    const own = brand.domains.find((domain) => {
      const theirs = registeredName(domain);
      if (theirs === name) return false;
      return (theirs.length >= 5 && shape.includes(skeleton(theirs))) || parts.has(skeleton(theirs));
    });
    if (own) return own;
  }
  for (const domain of recipientDomains) {
    if (sameOrganisation(sender, domain)) continue;
    const theirs = skeleton(domain);
    if (theirs.length >= 6 && editDistance(skeleton(sender), theirs) <= 2) return `${domain} (the recipient's)`;
  }
  return null;
}

const NEW_DOMAIN = /\b(newly|recently) registered\b|\bregistered \d+ days? ago\b|\bdomain age\b/i;
const LOOKALIKE = /\blook-?alike\b/i;

/** `hidden`: the fields holding hidden characters, when the caller has them already (the page shows them too). */
export function anomaliesOf(detail: MessageDetail, hidden: readonly string[] = hiddenFieldsOf(detail)): Anomaly[] {
  const { message, findings, detections } = detail;
  const flags: Anomaly[] = [];
  const sender = domainOf(message.from);
  const reasons = [...message.detection_reasons, ...findings.flatMap((finding) => [finding.reason, finding.detail])].filter((text): text is string => Boolean(text)).map(detectionReasonText);

  const replyDomain = domainOf(message.replyto);
  if (message.replyto && replyDomain && sender && !sameOrganisation(replyDomain, sender)) {
    flags.push({ kind: "reply-to", title: "Replies go to another domain", evidence: `Reply-To ${message.replyto}, From ${message.from ?? ""}` });
  }

  const name = message.from_name ?? "";
  const claimed = BRANDS.find((brand) => brand.words.test(name));
  if (claimed && sender && !sendsFrom(claimed, sender)) {
    flags.push({ kind: "brand-name", title: `Display name claims ${claimed.name}`, evidence: `"${name}" sent from ${sender}, not ${claimed.domains[0] ?? claimed.name}` });
  }
  const shownAddress = /[^\s<>"'@]+@[^\s<>"'@]+\.[^\s<>"'@]+/.exec(name)?.[0];
  if (shownAddress && message.from && shownAddress.toLowerCase() !== message.from.toLowerCase()) {
    flags.push({ kind: "name-address", title: "Display name shows another address", evidence: `"${name}" sent from ${message.from}` });
  }

  const recipientDomains = [...new Set([...message.to, ...message.envelope_to].map(domainOf).filter((domain): domain is string => domain !== null))];
  const lookalike = sender ? lookalikeOf(sender, recipientDomains) : null;
  const saidLookalike = reasons.find((reason) => LOOKALIKE.test(reason));
  if (lookalike || saidLookalike) {
    flags.push({ kind: "lookalike", title: "Look-alike domain", evidence: lookalike ? `${sender ?? ""} looks like ${lookalike}` : (saidLookalike ?? "") });
  }

  const categories = [...message.threat_categories, ...(detections?.threat_categories ?? []).map((category) => category.name ?? "")];
  const saidNew = reasons.find((reason) => NEW_DOMAIN.test(reason));
  if (saidNew || categories.some((category) => /^new ?domain$/i.test(category))) {
    flags.push({ kind: "new-domain", title: "Newly registered domain", evidence: saidNew ?? "Cloudflare's threat category NewDomain" });
  }

  const failed = (["spf", "dkim", "dmarc"] as const).filter((check) => ["fail", "softfail", "permerror"].includes((message.validation[check] ?? "").toLowerCase()));
  if (failed.length > 0) {
    flags.push({ kind: "auth-fail", title: "Authentication fails", evidence: failed.map((check) => `${check.toUpperCase()} ${message.validation[check] ?? ""}`).join(", ") });
  }

  if (hidden.length > 0) flags.push({ kind: "hidden-characters", title: "Hidden characters", evidence: `In the ${hidden.join(", ")}` });
  return flags;
}
