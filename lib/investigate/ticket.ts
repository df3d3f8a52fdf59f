import { defangHost } from "./defang";
import { detectionReasonText } from "./detection-reason";
import type { Finding } from "./message";

// "Copy as ticket": a short Markdown summary an analyst pastes into a ticket. Attacker text is escaped so
// it cannot turn into Markdown links, images or HTML in the ticket system, and addresses are defanged.

export type TicketInput = {
  subject: string | null;
  from: string | null;
  fromName: string | null;
  disposition: string | null;
  findings: readonly Finding[];
  link: string;
};

/** Backslash-escapes Markdown punctuation and breaks lines, so text stays text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, "\\$&").replace(/\s+/g, " ").trim();
}

export function ticketMarkdown({ subject, from, fromName, disposition, findings, link }: TicketInput): string {
  const address = from ? escapeMarkdown(defangHost(from)) : null;
  const sender = address && fromName ? `${escapeMarkdown(fromName)} (${address})` : (address ?? "(unknown)");
  const lines = [
    `**Subject:** ${subject ? escapeMarkdown(subject) : "(no subject)"}`,
    `**Sender:** ${sender}`,
    `**Disposition:** ${disposition ? escapeMarkdown(disposition) : "none"}`,
    "**Findings:**",
    ...(findings.length === 0
      ? ["- none"]
      : findings.map((finding) => {
          const label = [finding.detection, finding.name].filter(Boolean).join(" · ");
          const reason = finding.reason ? `: ${detectionReasonText(finding.reason)}` : "";
          const score = finding.score === null ? "" : ` (score ${finding.score})`;
          return `- ${escapeMarkdown(`${label || "finding"}${reason}`)}${score}`;
        })),
    `**Link:** ${link}`,
  ];
  return lines.join("\n");
}
