import type { MessageRecord } from "../generate/record";
import { Rng } from "../prng";

// GET …/investigate/{id}/trace: the gateway's log for the message. Inbound is the receiving side (the
// SMTP session and the verdict), outbound the relay to Acme's mailboxes and what happened after
// delivery (retractions, moves, releases). Each line has `logged_at` and the deprecated zoneless `ts`.

type Line = {
  readonly at: number;
  readonly message: string;
};

function side(lines: readonly Line[], pending: boolean) {
  return {
    lines: lines.map((line, index) => ({
      lineno: index + 1,
      logged_at: new Date(line.at).toISOString(),
      message: line.message,
      ts: new Date(line.at).toISOString().slice(0, 19),
    })),
    pending,
  };
}

export function traceFor(record: MessageRecord) {
  const facts = record.facts;
  const { draft } = facts;
  if (record.message.from === null) return { inbound: side([], false), outbound: side([], false) };
  const rng = new Rng(facts.seed ^ 0x7ace);
  const id = facts.postfixId;
  const recipients = [...draft.to, ...draft.cc].map((person) => person.address);
  let clock = facts.time - rng.int(1500, 4000);
  const tick = (min: number, max: number) => (clock += rng.int(min, max));
  const inbound: Line[] = [
    { at: tick(0, 0), message: `connect from ${facts.heloHost}[${facts.senderIp}]` },
    { at: tick(20, 120), message: `${id}: client=${facts.heloHost}[${facts.senderIp}]` },
    { at: tick(20, 200), message: `${id}: message-id=${facts.messageIdHeader}` },
    { at: tick(10, 80), message: `${id}: from=<${draft.envelopeFrom}>, size=${rng.int(4000, 90000)}, nrcpt=${recipients.length} (queue active)` },
    { at: tick(200, 900), message: `${id}: spf=${facts.validation.spf} dkim=${facts.validation.dkim} dmarc=${facts.validation.dmarc}` },
    { at: tick(300, 1500), message: `${id}: scanned: disposition=${draft.disposition ?? "NONE"}${draft.threatCategories.length ? ` categories=${draft.threatCategories.join(",")}` : ""}` },
  ];
  const status = facts.deliveryStatus;
  if (status.includes("rejected")) inbound.push({ at: tick(5, 40), message: `${id}: reject: 550 5.7.1 Message rejected by policy (${draft.disposition ?? "NONE"})` });
  else if (status.includes("quarantined")) inbound.push({ at: tick(5, 40), message: `${id}: quarantined: policy=${draft.disposition ?? "NONE"}` });
  inbound.push({ at: tick(5, 40), message: `disconnect from ${facts.heloHost}[${facts.senderIp}] ehlo=2 starttls=1 mail=1 rcpt=${recipients.length} data=1 quit=1` });

  const outbound: Line[] = [];
  const out = facts.postfixIdOutbound ?? id;
  const relay = `acme-corp-com.mail.protection.outlook.com[52.101.${rng.int(0, 255)}.${rng.int(1, 254)}]:25`;
  const deferred = status.includes("deferred") || status.includes("queued");
  if (!status.includes("rejected") && (!status.includes("quarantined") || facts.actions.some((action) => action.operation === "QUARANTINE_RELEASE"))) {
    for (const address of recipients) {
      const delay = (rng.int(200, 3000) / 1000).toFixed(2);
      const result = deferred
        ? `status=deferred (connect to ${relay}: Connection timed out)`
        : status.includes("bounced")
          ? `status=bounced (host ${relay} said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound)`
          : `status=sent (250 2.6.0 <${facts.messageIdHeader.slice(1, 24)}> Queued mail for delivery)`;
      outbound.push({ at: tick(100, 1500), message: `${out}: to=<${address}>, relay=${relay}, delay=${delay}, dsn=${deferred ? "4.4.1" : "2.6.0"}, ${result}` });
    }
  }
  for (const action of facts.actions) {
    const detail = Object.entries(action.properties).map(([key, value]) => `${key}=${value}`).join(" ");
    outbound.push({ at: Date.parse(action.completed_at), message: `${out}: ${action.operation.toLowerCase()} ${action.success ? "completed" : "failed"}${detail ? ` ${detail}` : ""}` });
  }
  return { inbound: side(inbound, false), outbound: side(outbound, deferred) };
}
