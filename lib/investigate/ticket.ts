import { defangHost, defangText } from "./defang";
import { detectionReasonText } from "./detection-reason";
import { revealHidden } from "./hidden-characters";
import type { Finding } from "./message";

// "Copy as ticket": a short Markdown summary an analyst pastes into a ticket. Attacker text is escaped so
// it cannot turn into Markdown links, images or HTML in the ticket system; URLs, hosts and addresses are
// defanged, and hidden characters are written as "[U+202E]" so the ticket cannot mirror or hide text.

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

/** Mail text as the ticket holds it: defanged, hidden characters written out, then escaped. */
function safe(text: string, defang: (text: string) => string = defangText): string {
  return escapeMarkdown(revealHidden(defang(text)));
}

export function ticketMarkdown({ subject, from, fromName, disposition, findings, link }: TicketInput): string {
  const address = from ? safe(from, defangHost) : null;
  const sender = address && fromName ? `${safe(fromName)} (${address})` : (address ?? "(unknown)");
  const lines = [
    `**Subject:** ${subject ? safe(subject) : "(no subject)"}`,
    `**Sender:** ${sender}`,
    `**Disposition:** ${disposition ? safe(disposition) : "none"}`,
    "**Findings:**",
    ...(findings.length === 0
      ? ["- none"]
      : findings.map((finding) => {
          const label = [finding.detection, finding.name].filter(Boolean).join(" · ");
          const reason = finding.reason ? `: ${detectionReasonText(finding.reason)}` : "";
          const score = finding.score === null ? "" : ` (score ${finding.score})`;
          return `- ${safe(`${label || "finding"}${reason}`)}${score}`;
        })),
    `**Link:** ${link}`,
  ];
  return lines.join("\n");
}
