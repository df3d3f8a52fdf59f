import { PARTNERS } from "../data/organisations";
import type { Directory, Person } from "../data/people";
import { bold, defang, writeDefanged } from "../data/threats";
import type { Rng } from "../prng";
import type { FindingDraft } from "./draft";

// Small builders the scenarios share: template filling, recipient choice, and Cloudflare-style
// detection reasons (`<b>` around the evidence, the last dot defanged) with their matching findings.

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"] as const;

export function fill(rng: Rng, template: string): string {
  if (!template.includes("{")) return template;
  return template
    .replace(/\{n\}/g, () => String(rng.int(100, 9999)))
    .replace(/\{partner\}/g, () => rng.pick(PARTNERS).name)
    .replace(/\{day\}/g, () => rng.pick(DAYS));
}

export function replyPrefix(rng: Rng, subject: string): string {
  const roll = rng.next();
  if (roll < 0.22) return `Re: ${subject}`;
  if (roll < 0.28) return `RE: ${subject}`;
  if (roll < 0.33) return `Fwd: ${subject}`;
  return subject;
}

/** Most mail goes to one person; some to a few, some to a shared mailbox. */
export function recipients(rng: Rng, directory: Directory, pool: readonly Person[] = directory.everyone): Person[] {
  const roll = rng.next();
  const count = roll < 0.8 ? 1 : roll < 0.93 ? 2 : rng.int(3, 5);
  const chosen = rng.sample(pool, count);
  if (rng.chance(0.04)) chosen.push(rng.pick(directory.shared));
  return chosen;
}

export function ccList(rng: Rng, directory: Directory, probability: number): Person[] {
  return rng.chance(probability) ? rng.sample(directory.everyone, rng.int(1, 2)) : [];
}

export function score(rng: Rng, min: number, max: number): number {
  return Math.round((min + rng.next() * (max - min)) * 100) / 100;
}

export function finding(
  rng: Rng,
  detection: string,
  parts: { name: string; field: string; value: string; reason: string; portion?: string; detail?: string; attachment?: string; min?: number; max?: number },
): FindingDraft {
  return {
    name: parts.name,
    detection,
    field: parts.field,
    portion: parts.portion ?? null,
    value: parts.value,
    reason: parts.reason,
    score: score(rng, parts.min ?? 0.6, parts.max ?? 0.99),
    detail: parts.detail ?? null,
    attachment: parts.attachment ?? null,
  };
}

export const reasons = {
  ipSpam: (ip: string) => `Selector is a source of spam/uce : Smtp-Helo-Server-Ip=${bold(defang(ip))}`,
  asn: (asName: string, asNumber: number) => `Sending network ${bold(`AS${asNumber} ${asName}`)} has a poor reputation`,
  newDomain: (domain: string, days: number) => `Sender domain ${bold(defang(domain))} was registered ${days} days ago`,
  lookalike: (domain: string, brand: string) => `Domain ${bold(defang(domain))} is a lookalike of ${bold(brand)}`,
  harvester: (url: string) => `Link leads to a credential harvesting page: ${bold(writeDefanged(url))}`,
  displayName: (name: string) => `Display name ${bold(name)} impersonates an executive of your organization`,
  replyTo: (address: string) => `Reply-To address ${bold(defang(address))} differs from the sender`,
  freemail: (address: string) => `Executive name used from free webmail account ${bold(defang(address))}`,
  attachment: (name: string, what: string) => `Attachment ${bold(name)} ${what}`,
  dmarc: (domain: string) => `Sender failed DMARC for domain ${bold(defang(domain))}`,
  bulk: (domain: string) => `Bulk mail from ${bold(defang(domain))}`,
  spamContent: (phrase: string) => `Content matches a known spam campaign: ${bold(phrase)}`,
  paymentAsk: (phrase: string) => `Message requests an urgent payment: ${bold(phrase)}`,
  rewritten: (host: string) => `Link is wrapped by redirector ${bold(defang(host))} to hide its destination`,
  qr: () => `Image contains a QR code that resolves to an ${bold("unknown external URL")}`,
};

export function linkHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}
