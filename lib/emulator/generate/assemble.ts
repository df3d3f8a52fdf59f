import { randomIp } from "../data/network";
import { isDetectionDisposition } from "../detection-rule";
import { Rng } from "../prng";
import type { IndexSource } from "./search-index";
import { buildSearchIndex, indexSourceFromWire } from "./search-index";
import { buildAttachment } from "./attachments";
import { deliver, embeddedActionLog } from "./delivery";
import type { Draft } from "./draft";
import { domainOf } from "./draft";
import { alertId, fingerprint, investigateId, messageIdHeader, postfixId, zoneless } from "./identifiers";
import type { FieldGeneration, RecordFacts, RecordKey, WireMessage } from "./record";
import { MessageRecord } from "./record";
import { validationFor } from "./validation";

// Draft → facts → wire message. Most messages carry both the deprecated fields (ts, sent_date, findings,
// embedded action_log) and their replacements; some only the new ones (as after the 2026-11-01 end of
// life), some only the old ones (as before 2026-03), so clients are exercised on both.

const DELIVERY_MODES = ["DIRECT", "BCC", "JOURNAL", "API", "RETRO_SCAN"] as const;
const EXTRAS: readonly ((rng: Rng) => Record<string, unknown>)[] = [
  (rng) => ({ threat_score: rng.int(0, 100) }),
  () => ({ language: "en" }),
  (rng) => ({ scan_region: rng.pick(["us-east", "eu-central", "ap-southeast"]) }),
  (rng) => ({ recipient_count: rng.int(1, 5), is_internal: false }),
];

export type WirePatch = (message: Record<string, unknown>) => void;

export type AssembleInput = {
  /** Pure: called again (with the same result) when the message's facts are first needed after creation. */
  readonly draft: () => Draft;
  readonly time: number;
  readonly now: number;
  readonly seed: number;
  readonly postfixId: string;
  readonly generation?: FieldGeneration;
  /** Decides detection for search when the wire disposition was blanked on purpose (hostile data). */
  readonly detection?: boolean;
};

function factsFor(input: AssembleInput, prebuilt?: Draft): RecordFacts {
  const { time, now, seed } = input;
  const draft = prebuilt ?? input.draft();
  const rng = new Rng(seed);
  const generation = input.generation ?? rng.weighted<FieldGeneration>(["both", "new", "old"], [84, 9, 7]);
  const stamp = zoneless(time);
  const senderIp = draft.senderIp ?? randomIp(rng, draft.network);
  const outcome = deliver(rng, draft, time, now);
  const sentAt = rng.chance(0.02) ? time - rng.int(1, 20) * 86_400_000 : rng.chance(0.02) ? time + rng.int(30, 240) * 1000 : time - rng.int(2, 180) * 1000;
  const deliveryMode = draft.deliveryMode ?? rng.weighted(DELIVERY_MODES, [88, 5, 4, 2, 1]);
  const delivered = outcome.status.includes("delivered") || outcome.status.includes("moved");
  return {
    draft,
    generation,
    time,
    stamp,
    sentAt,
    sentStamp: zoneless(sentAt),
    id: investigateId(input.postfixId, stamp, rng),
    postfixId: input.postfixId,
    seed,
    detection: input.detection ?? isDetectionDisposition(draft.disposition),
    senderIp,
    heloHost: draft.network.host(rng, senderIp),
    previousHopIp: draft.scenario === "forwarded" || rng.chance(0.15) ? randomIp(rng, draft.network) : senderIp,
    messageIdHeader: messageIdHeader(rng, draft.messageIdStyle, domainOf(draft.from), stamp),
    validation: validationFor(draft, senderIp),
    attachments: draft.attachments.map((attachment, index) => buildAttachment(attachment, (seed ^ Math.imul(index + 1, 0x27d4eb2d)) >>> 0)),
    actions: outcome.actions,
    deliveryStatus: outcome.status,
    deliveryMode,
    quarantined: outcome.quarantined,
    phishSubmission: outcome.phishSubmission,
    postfixIdOutbound: delivered && (deliveryMode === "DIRECT" || deliveryMode === "API") ? postfixId(rng) : null,
  };
}

/** The wire object, in the field order of Cloudflare's examples. Pure: rendering twice gives equal objects. */
export function renderWire(facts: RecordFacts, patch?: WirePatch): WireMessage {
  const { draft, generation } = facts;
  const rng = new Rng(facts.seed ^ 0x5a5a5a5a);
  const withOld = generation !== "new";
  const withNew = generation !== "old";
  const envelopeTo = [...new Set([...draft.to, ...draft.cc].map((person) => person.address))];
  const message: Record<string, unknown> = { id: facts.id };
  if (withOld) message.action_log = embeddedActionLog(rng, facts.actions);
  message.client_recipients = envelopeTo.map((address) => address.toLowerCase());
  message.detection_reasons = [...draft.reasons];
  message.is_phish_submission = facts.phishSubmission;
  message.is_quarantined = facts.quarantined;
  message.postfix_id = facts.postfixId;
  message.properties = {
    allowlisted_pattern: null,
    allowlisted_pattern_type: null,
    blocklisted_message: null,
    blocklisted_pattern: null,
    whitelisted_pattern_type: null,
    ...draft.properties,
  };
  if (withOld) message.ts = facts.stamp;
  message.alert_id = alertId(facts.postfixId, facts.stamp);
  message.delivery_mode = facts.deliveryMode;
  if (withNew) message.delivery_status = [...facts.deliveryStatus];
  message.edf_hash = rng.chance(0.7) ? fingerprint(`${domainOf(draft.from)}|${draft.template}|edf`) : null;
  message.envelope_from = draft.envelopeFrom === "" ? null : draft.envelopeFrom;
  message.envelope_to = envelopeTo;
  message.final_disposition = draft.disposition;
  if (withOld) message.findings = draft.findings.map((finding) => ({ ...finding }));
  message.from = draft.from;
  message.from_name = draft.fromName;
  message.htmltext_structure_hash = draft.body.kind === "internal" || draft.body.kind === "bounce" ? null : fingerprint(`${draft.template}|html`);
  message.message_id = facts.messageIdHeader;
  if (withNew) message.post_delivery_operations = [...new Set(facts.actions.map((action) => action.operation))];
  message.postfix_id_outbound = facts.postfixIdOutbound;
  message.replyto = draft.replyTo;
  if (withNew) message.scanned_at = `${facts.stamp}Z`;
  if (withNew) message.sent_at = `${facts.sentStamp}Z`;
  if (withOld) message.sent_date = facts.sentStamp;
  if (withNew) message.smtp_helo_server_ip = facts.senderIp;
  if (withNew) message.smtp_previous_hop_ip = facts.previousHopIp;
  message.subject = draft.subject;
  message.threat_categories = [...draft.threatCategories];
  message.to = draft.to.map((person) => person.address);
  message.to_name = draft.to.map((person) => person.name);
  const { validation } = facts;
  message.validation = { comment: validation.comment, dkim: validation.dkim, dmarc: validation.dmarc, spf: validation.spf };
  if (withNew) message.x_originating_ip = draft.originatingIp;
  if (rng.chance(0.03)) Object.assign(message, rng.pick(EXTRAS)(rng));
  patch?.(message);
  return Object.freeze(message) as WireMessage;
}

/**
 * What the index reads, straight from the facts. Equal to indexSourceFromWire(renderWire(facts)) (a test
 * holds them together); it exists because rendering 20,000 wire objects only to index them was the
 * largest cost of creating the data.
 */
function indexSourceFromFacts(facts: RecordFacts): IndexSource {
  const { draft, generation } = facts;
  const withNew = generation !== "old";
  const envelopeTo = [...new Set([...draft.to, ...draft.cc].map((person) => person.address))];
  const logOperations = generation === "new" ? [] : embeddedActionLog(new Rng(facts.seed ^ 0x5a5a5a5a), facts.actions).map((entry) => String(entry.operation));
  return {
    alert_id: alertId(facts.postfixId, facts.stamp),
    from: draft.from,
    envelope_from: draft.envelopeFrom === "" ? null : draft.envelopeFrom,
    from_name: draft.fromName,
    final_disposition: draft.disposition,
    detection_reasons: draft.reasons,
    replyto: draft.replyTo,
    to: draft.to.map((person) => person.address),
    envelope_to: envelopeTo,
    to_name: draft.to.map((person) => person.name),
    client_recipients: envelopeTo.map((address) => address.toLowerCase()),
    message_id: facts.messageIdHeader,
    smtp_helo_server_ip: withNew ? facts.senderIp : undefined,
    smtp_previous_hop_ip: withNew ? facts.previousHopIp : undefined,
    x_originating_ip: withNew ? draft.originatingIp : undefined,
    subject: draft.subject,
    post_delivery_operations: withNew ? [...new Set(facts.actions.map((action) => action.operation))] : undefined,
    delivery_status: withNew ? facts.deliveryStatus : undefined,
    logOperations,
  };
}

/** `prebuilt` is input.draft() when the caller already has it, to save building it twice at creation. */
export function assemble(input: AssembleInput, patch?: WirePatch, prebuilt?: Draft): MessageRecord {
  const facts = factsFor(input, prebuilt);
  const render = (value: RecordFacts) => renderWire(value, patch);
  // Patched (hostile) messages are indexed from their wire object; the rest from the facts directly.
  const wire = patch ? render(facts) : null;
  const source = wire ? indexSourceFromWire(wire) : indexSourceFromFacts(facts);
  const index = buildSearchIndex(source, {
    cc: facts.draft.cc.map((person) => person.address),
    attachments: facts.attachments,
    links: facts.draft.links,
    stamp: wire && wire.scanned_at === null && wire.ts === null ? null : facts.stamp,
    sentStamp: wire && wire.sent_at === null && wire.sent_date === null ? null : facts.sentStamp,
  });
  const subject = source.subject ?? null;
  const key: RecordKey = {
    id: facts.id,
    postfixId: facts.postfixId,
    time: facts.time,
    detection: facts.detection,
    disposition: source.final_disposition ?? null,
    subject,
    subjectLower: (subject ?? "").toLowerCase(),
    alertId: source.alert_id ?? null,
    messageId: source.message_id ?? null,
    heloIp: source.smtp_helo_server_ip ?? null,
    submission: wire ? wire.is_phish_submission === true : facts.phishSubmission,
  };
  return new MessageRecord(key, index, () => factsFor(input), render);
}
