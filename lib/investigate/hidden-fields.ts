import { fieldsWithHidden } from "./hidden-characters";
import type { MessageDetail } from "./message-detail";

/** Which parts of a message hold hidden or direction-changing characters, named as the page names them. */
export function hiddenFieldsOf({ message, findings, detections, actionLog, trace }: MessageDetail): string[] {
  const attachments = detections?.attachments ?? [];
  return fieldsWithHidden([
    ["subject", [message.subject]],
    ["sender name", [message.from_name]],
    ["sender address", [message.from, message.envelope_from, message.replyto]],
    ["recipients", [...message.to, ...message.to_name, ...message.envelope_to, ...message.client_recipients]],
    ["Message-ID", [message.message_id]],
    ["detection reason", message.detection_reasons],
    ["threat category", [...message.threat_categories, ...(detections?.threat_categories ?? []).flatMap((category) => [category.name, category.description])]],
    ["finding", findings.flatMap((finding) => [finding.name, finding.field, finding.portion, finding.reason, finding.detail, finding.value, finding.attachment])],
    ["attachment name", attachments.flatMap((attachment) => [attachment.filename, attachment.name, attachment.content_type])],
    ["link", (detections?.links ?? []).flatMap((link) => [link.href, link.text])],
    ["header", (detections?.headers ?? []).flatMap((header) => [header.name, header.value])],
    ["sender information", [detections?.sender_info?.as_name, detections?.sender_info?.geo, detections?.sender_info?.pld]],
    ["authentication comment", [message.validation.comment, detections?.validation?.comment]],
    ["action log", actionLog.flatMap((entry) => [entry.operation, entry.status, JSON.stringify(entry.properties)])],
    ["trace", trace ? [...trace.inbound.lines, ...trace.outbound.lines].map((line) => line.message) : []],
  ]);
}
