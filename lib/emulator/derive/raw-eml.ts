import { domainOf } from "../generate/draft";
import { attachmentBytes } from "../generate/attachments";
import type { MessageRecord } from "../generate/record";
import { Rng } from "../prng";
import { messageBody } from "./message-body";
import { base64Lines, encodeWords, escapeHtml, filenameParameter, formatAddress, header, rfc2822 } from "./mime";

// GET …/investigate/{id}/raw: the message as Cloudflare received it, a UTF-8 EML with the trace headers
// its gateway adds, the sender's DKIM signature, a text and an HTML part, and the attachments in base64.

export function rawEml(record: MessageRecord): string {
  const facts = record.facts;
  const message = record.message;
  const { draft, validation } = facts;
  const rng = new Rng(facts.seed ^ 0xe1e1e1);
  const fromDomain = domainOf(draft.from);
  const recipient = draft.to[0]?.address ?? "undisclosed-recipients";
  const boundary = `000000000000${rng.hex(12)}`;
  const alternative = `000000000000${rng.hex(12)}`;
  const lines: string[] = [];
  const add = (name: string, value: string | null | undefined) => {
    if (value) lines.push(header(name, value));
  };

  lines.push(
    `Received: from ${facts.heloHost} (${facts.heloHost} [${facts.senderIp}])\r\n\tby mx.cloudflare.net (Cloudflare Email Security) with ESMTPS id ${facts.postfixId}\r\n\tfor <${recipient}>; ${rfc2822(facts.time)}`,
  );
  if (facts.previousHopIp !== facts.senderIp) {
    lines.push(`Received: from [${facts.previousHopIp}] by ${facts.heloHost} with ESMTP; ${rfc2822(facts.sentAt + 1000)}`);
  }
  const mailFrom = draft.envelopeFrom || "<>";
  lines.push(
    `Authentication-Results: mx.cloudflare.net;\r\n\tdkim=${validation.dkim}${validation.dkimDomain ? ` header.d=${validation.dkimDomain} header.s=selector1 header.b=${rng.base62(8)}` : ""};\r\n\tdmarc=${validation.dmarc} header.from=${fromDomain || "unknown"};\r\n\tspf=${validation.spf} smtp.mailfrom=${mailFrom} smtp.remote-ip=${facts.senderIp}`,
  );
  if (validation.dkimDomain && validation.dkim !== "none") {
    const signature = base64Lines(Buffer.from(rng.bytes(256))).replace(/\r\n/g, "\r\n\t ");
    lines.push(
      `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${validation.dkimDomain};\r\n\ts=selector1; t=${Math.floor(facts.sentAt / 1000)}; h=From:To:Subject:Date:Message-ID:MIME-Version;\r\n\tbh=${Buffer.from(rng.bytes(32)).toString("base64")};\r\n\tb=${signature}`,
    );
  }
  add("X-Originating-IP", draft.originatingIp ? `[${draft.originatingIp}]` : null);
  add("Return-Path", draft.envelopeFrom ? `<${draft.envelopeFrom}>` : null);
  add("Message-ID", message.message_id);
  add("Date", message.sent_at === null && message.sent_date === null ? null : rfc2822(facts.sentAt));
  add("From", draft.from ? formatAddress(draft.fromName, draft.from) : null);
  add("Reply-To", draft.replyTo ? formatAddress(null, draft.replyTo) : null);
  add("To", draft.to.map((person) => formatAddress(person.name, person.address)).join(", "));
  add("Cc", draft.cc.map((person) => formatAddress(person.name, person.address)).join(", "));
  add("Subject", draft.subject ? encodeWords(draft.subject) : null);
  lines.push("MIME-Version: 1.0");
  lines.push(`Content-Type: multipart/mixed; boundary="${boundary}"`);

  const body = messageBody(facts);
  const text = [body.greeting, ...body.paragraphs, body.cta ? `${body.cta.text}: ${body.cta.href}` : "", ...body.signature].filter(Boolean).join("\r\n\r\n");
  const html =
    `<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">` +
    [body.greeting, ...body.paragraphs].filter(Boolean).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("") +
    (body.cta ? `<p><a href="${escapeHtml(body.cta.href)}" style="background:#0067b8;color:#fff;padding:10px 18px;text-decoration:none">${escapeHtml(body.cta.text)}</a></p>` : "") +
    `<p>${body.signature.map(escapeHtml).join("<br>")}</p></body></html>`;

  const parts = [
    `--${boundary}\r\nContent-Type: multipart/alternative; boundary="${alternative}"\r\n\r\n` +
      `--${alternative}\r\nContent-Type: text/plain; charset="UTF-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${text}\r\n\r\n` +
      `--${alternative}\r\nContent-Type: text/html; charset="UTF-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${html}\r\n\r\n--${alternative}--`,
    ...facts.attachments.map(
      (attachment) =>
        `--${boundary}\r\nContent-Type: ${attachment.contentType}; ${filenameParameter(attachment.name, "name")}\r\n` +
        `Content-Disposition: attachment; ${filenameParameter(attachment.name, "filename")}\r\nContent-Transfer-Encoding: base64\r\n\r\n` +
        base64Lines(attachmentBytes({ kind: attachment.kind, name: attachment.name, target: attachment.target ?? undefined }, attachment.contentSeed)),
    ),
  ];
  return `${lines.join("\r\n")}\r\n\r\n${parts.join("\r\n")}\r\n--${boundary}--\r\n`;
}
