import type { WireDetections } from "../contract/message";
import { THREAT_CATEGORIES } from "../data/threats";
import { domainOf } from "../generate/draft";
import type { MessageRecord } from "../generate/record";
import { rfc2822 } from "./mime";

// GET …/investigate/{id}/detections. Answered for benign messages too (with no findings): it is scan
// metadata, which Cloudflare keeps for all mail, unlike the body (docs/cloudflare-api.md#retention).

/** The registrable ("pay-level") domain: the last two labels, three under a short second level. */
function payLevelDomain(domain: string): string {
  const labels = domain.split(".");
  const take = labels.length > 2 && /^(co|com|net|org|ac|gov)$/.test(labels.at(-2) ?? "") && (labels.at(-1)?.length ?? 0) === 2 ? 3 : 2;
  return labels.slice(-take).join(".");
}

function action(record: MessageRecord): string {
  const { deliveryStatus, quarantined } = record.facts;
  if (quarantined) return "QUARANTINE";
  if (deliveryStatus.includes("rejected")) return "REJECT";
  if (deliveryStatus.includes("moved")) return "MOVE";
  return "DELIVER";
}

export function detectionsFor(record: MessageRecord): WireDetections {
  const facts = record.facts;
  const message = record.message;
  const { draft } = facts;
  // A record stripped of its fields upstream (the all-null hostile message) has no scan details either.
  const blank = message.from === null;
  const headers = [
    ["From", draft.fromName ? `${draft.fromName} <${draft.from}>` : draft.from],
    ["To", draft.to.map((person) => person.address).join(", ")],
    ["Subject", draft.subject],
    ["Date", rfc2822(facts.sentAt)],
    ["Message-ID", message.message_id ?? ""],
    ["Return-Path", draft.envelopeFrom ? `<${draft.envelopeFrom}>` : ""],
    ["Reply-To", draft.replyTo ?? ""],
    ["X-Originating-IP", draft.originatingIp ? `[${draft.originatingIp}]` : ""],
    ["Authentication-Results", `spf=${facts.validation.spf}; dkim=${facts.validation.dkim}; dmarc=${facts.validation.dmarc}`],
  ].filter(([, value]) => value !== "");
  return {
    action: blank ? null : action(record),
    attachments: facts.attachments.map((attachment) => ({
      size: attachment.size,
      content_type: attachment.contentType,
      detection: attachment.detection,
      encrypted: attachment.encrypted,
      filename: attachment.name,
      name: attachment.name,
      md5: attachment.md5,
      sha1: attachment.sha1,
      sha256: attachment.sha256,
    })),
    findings: draft.findings.map((finding) => ({ ...finding })),
    headers: blank ? [] : headers.map(([name, value]) => ({ name: name ?? "", value: value ?? null })),
    links: draft.links.map((link) => ({ href: link.href, text: link.text })),
    sender_info: blank
      ? null
      : {
          as_name: draft.network.asName,
          as_number: draft.network.asNumber,
          geo: draft.network.geo,
          ip: facts.senderIp,
          pld: payLevelDomain(domainOf(draft.from)),
        },
    threat_categories: draft.threatCategories.map((name) => {
      const known = THREAT_CATEGORIES.get(name);
      return known ? { id: known.id, name: known.name, description: known.description } : { id: null, name, description: null };
    }),
    validation: message.validation ?? null,
    final_disposition: message.final_disposition ?? null,
  };
}
