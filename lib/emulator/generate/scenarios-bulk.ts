import { NETWORKS, randomIp } from "../data/network";
import { BULK_SENDERS, SPAM_DOMAINS, SPAM_SUBJECTS } from "../data/organisations";
import { randomOutsider } from "../data/people";
import type { Draft, Scenario } from "./draft";
import { domainOf } from "./draft";
import { fill, finding, reasons } from "./scenario-helpers";

// Mass mail: newsletters and marketing (BULK), and unsolicited junk (SPAM).

const newsletter: Scenario = {
  key: "newsletter",
  weight: 9,
  build: (rng, { directory }) => {
    const sender = rng.pick(BULK_SENDERS);
    const domain = domainOf(sender.address);
    const network = NETWORKS[sender.network];
    const subject = fill(rng, rng.pick(sender.subjects));
    const bounce = `bounce-${rng.hex(8)}@${sender.network === "mailchimp" ? "mail" + rng.int(10, 99) + ".mcsv.net" : `bounce.${domain}`}`;
    return {
      scenario: "newsletter",
      disposition: "BULK",
      fromName: sender.name,
      from: sender.address,
      envelopeFrom: bounce,
      replyTo: rng.chance(0.3) ? `reply@${domain}` : null,
      to: [rng.pick(directory.everyone)],
      cc: [],
      subject,
      network,
      auth: sender.network === "mailchimp" ? "dkim-unaligned" : rng.chance(0.9) ? "aligned" : "no-dmarc",
      originatingIp: null,
      threatCategories: ["BulkMail"],
      reasons: [reasons.bulk(domain)],
      findings: [finding(rng, "BULK", { name: "BulkMail", field: "headers", portion: "List-Unsubscribe", value: `<https://${domain}/unsubscribe>`, reason: "Message carries bulk-mail headers", min: 0.5, max: 0.8 })],
      links: [
        { href: `https://click.${domain}/?qs=${rng.hex(24)}`, text: "Read more" },
        { href: `https://${domain}/unsubscribe?u=${rng.hex(12)}`, text: "Unsubscribe" },
      ],
      attachments: [],
      body: { kind: "newsletter", brand: sender.name, cta: "Read more" },
      quarantine: false,
      template: `bulk:${sender.name}`,
      messageIdStyle: sender.network === "mailchimp" ? "mailchimp" : sender.network === "salesforce" ? "salesforce" : sender.network === "sendgrid" ? "sendgrid" : "ses",
      campaignCopies: rng.chance(0.35) ? rng.int(1, 4) : 0,
    };
  },
};

const spam: Scenario = {
  key: "spam",
  weight: 4.5,
  build: (rng, { directory }) => {
    const domain = rng.pick(SPAM_DOMAINS);
    const sender = randomOutsider(rng, domain);
    const network = rng.pick([NETWORKS.chinanet, NETWORKS.vietnam, NETWORKS.digitalocean, NETWORKS.ovh, NETWORKS.bulletproof]);
    const ip = randomIp(rng, network);
    const subject = rng.pick(SPAM_SUBJECTS);
    const categories = rng.chance(0.6) ? ["Spam", "IPReputation"] : ["Spam", "ASNReputation"];
    const reasonList = [reasons.ipSpam(ip), reasons.spamContent(subject.split(" ").slice(0, 4).join(" "))];
    if (categories.includes("ASNReputation")) reasonList.push(reasons.asn(network.asName, network.asNumber));
    const blocklisted = rng.chance(0.15);
    const draft: Draft = {
      scenario: "spam",
      disposition: "SPAM",
      fromName: rng.chance(0.5) ? sender.name : rng.pick(["Rewards Center", "Customer Care", "Deals Daily", "Account Manager"]),
      from: sender.address,
      envelopeFrom: `${rng.hex(10)}@${domain}`,
      replyTo: rng.chance(0.4) ? randomOutsider(rng, "gmail.com").address : null,
      to: rng.sample(directory.everyone, rng.int(1, 4)),
      cc: [],
      subject,
      network,
      senderIp: ip,
      auth: rng.weighted(["all-none", "no-dmarc", "spoofed-neutral", "aligned"], [35, 30, 15, 20]),
      originatingIp: null,
      threatCategories: categories,
      reasons: reasonList,
      findings: [
        finding(rng, "SPAM", { name: "Spam", field: "body", value: subject, reason: "Content classifier: spam", min: 0.7, max: 0.97 }),
        finding(rng, "SPAM", { name: "IPReputation", field: "smtp_helo_server_ip", value: ip, reason: "Sending IP listed on spam blocklists", min: 0.5, max: 0.9 }),
      ],
      links: [{ href: `http://${domain}/offer?id=${rng.base62(8)}`, text: "Claim now" }],
      attachments: [],
      body: { kind: "spam", brand: domain, cta: "Claim now" },
      quarantine: rng.chance(0.3),
      template: `spam:${domain}`,
      messageIdStyle: "generic",
      properties: blocklisted ? { blocklisted_message: true, blocklisted_pattern: `*@${domain}` } : undefined,
    };
    return draft;
  },
};

export const BULK_SCENARIOS: readonly Scenario[] = [newsletter, spam];
