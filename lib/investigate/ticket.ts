import { defangHost, defangText } from "./defang";
import { detectionReasonText } from "./detection-reason";
import { revealHidden } from "./hidden-characters";
import type { Finding } from "./message";

// "Copy as ticket": a plain-text summary an analyst pastes into Slack, Jira, ServiceNow or an e-mail.
// Plain text, not Markdown: escapes would show as backslashes there. What keeps attacker text inert is
// that URLs, hosts and addresses are defanged (no system links them), hidden characters are written as
// "[U+202E]" (the ticket cannot mirror or hide text), and line breaks are folded (no forged lines).

export type TicketInput = {
  subject: string | null;
  from: string | null;
  fromName: string | null;
  recipients: readonly string[];
  /** When Cloudflare scanned it, UTC ISO. */
  scannedAt: string | null;
  alertId: string | null;
  disposition: string | null;
  validation: { spf: string | null; dkim: string | null; dmarc: string | null };
  /** What was done after delivery, from the action log. */
  actions: readonly { operation: string | null; at: string | null; success: boolean | null; destination: string | null }[];
  findings: readonly Finding[];
};

/** Mail text as the ticket holds it: defanged, hidden characters written out, on one line. */
function safe(text: string, defang: (text: string) => string = defangText): string {
  return revealHidden(defang(text)).replace(/\s+/g, " ").trim();
}

function outcome(success: boolean | null): string {
  if (success === null) return "";
  return success ? " (succeeded)" : " (failed)";
}

/** The ticket but its last line, "Link: …", which the browser adds: only it knows the origin for sure (header-actions.tsx). */
export function ticketText({ subject, from, fromName, recipients, scannedAt, alertId, disposition, validation, actions, findings }: TicketInput): string {
  const address = from ? safe(from, defangHost) : null;
  const sender = address && fromName ? `${safe(fromName)} <${address}>` : (address ?? "(unknown)");
  const checks = (["spf", "dkim", "dmarc"] as const).map((check) => `${check.toUpperCase()} ${validation[check] ? safe(validation[check]) : "none"}`);
  const lines = [
    `Subject: ${subject ? safe(subject) : "(no subject)"}`,
    `From: ${sender}`,
    `To: ${recipients.length > 0 ? recipients.map((recipient) => safe(recipient, defangHost)).join(", ") : "(none)"}`,
    `Scanned: ${scannedAt ?? "unknown"}`,
    `Alert ID: ${alertId ? safe(alertId) : "none"}`,
    `Disposition: ${disposition ? safe(disposition) : "none"}`,
    `Authentication: ${checks.join(", ")}`,
    "Actions taken:",
    ...(actions.length === 0
      ? ["- none"]
      : actions.map((action) => `- ${action.operation ? safe(action.operation) : "unknown operation"}${action.destination ? ` to ${safe(action.destination)}` : ""}${outcome(action.success)}${action.at ? ` at ${action.at}` : ""}`)),
    "Findings:",
    ...(findings.length === 0
      ? ["- none"]
      : findings.map((finding) => {
          const label = [finding.detection, finding.name].filter(Boolean).join(" · ");
          const reason = finding.reason ? `: ${detectionReasonText(finding.reason)}` : "";
          const score = finding.score === null ? "" : ` (score ${finding.score})`;
          return `- ${safe(`${label || "finding"}${reason}`)}${score}`;
        })),
  ];
  return lines.join("\n");
}
