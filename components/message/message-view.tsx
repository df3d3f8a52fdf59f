import { anomaliesOf } from "@/lib/investigate/anomalies";
import { hiddenFieldsOf } from "@/lib/investigate/hidden-fields";
import { messageStateOf, type DashboardAction } from "@/lib/investigate/message-state";
import type { MessageDetail } from "@/lib/investigate/message-detail";
import { ActionLogTimeline } from "./action-log-timeline";
import { AuthenticationPanel } from "./authentication-panel";
import { BodyPanel } from "./body-panel";
import { MessageKeys } from "./message-keys";
import { ResultRowSync } from "./result-row-sync";
import { DetectionsPanel } from "./detections-panel";
import { EnvelopePanel } from "./envelope-panel";
import { FindingsTable } from "./findings-table";
import { HiddenCharactersWarning } from "./hidden-characters-warning";
import { IdentityPanel } from "./identity-panel";
import { MessageHeader } from "./message-header";
import { MissingParts } from "./missing-parts";
import { TracePanel } from "./trace-panel";
import { VerdictPanel } from "./verdict-panel";
import { RemediationSlot } from "@/components/remediation/remediation-slot";
import { TriagePanel } from "@/components/triage/triage-panel";
import type { Role } from "@/lib/accounts/roles";
import { routes } from "@/lib/routes";

type Props = {
  detail: MessageDetail;
  /** The query string of the search the message was opened from, or "" when it was opened directly. */
  searchQuery: string;
  /** In the overlay, Esc closes it; on the full page, Esc goes back to the results. */
  mode: "page" | "overlay";
  /** Whether the viewer may see message content: the preview and the raw message (analysts only). */
  content: boolean;
  /** Who is looking, for the triage panel (analysts triage, managers read). */
  viewer: { id: string; role: Role };
  /** Whether the viewer can act on the message at Cloudflare: "none" for managers (nothing offered). */
  actions: "on" | "read-only" | "none";
  /** Who last acted on it through the dashboard (the triage history), for the state line. */
  lastAction: DashboardAction | null;
};

/** The whole message, in the order of the judgement: who to whom and where it is now, what stands out,
 *  the verdict and its reasons, authentication; then triage and actions where the eye lands after the
 *  verdict; then the body and the evidence in full. Server-rendered: every piece of attacker text
 *  reaches the DOM as React text. */
export function MessageView({ detail, searchQuery, mode, content, viewer, actions, lastAction }: Props) {
  const { message } = detail;
  // Values a finding names for a field are marked where the page shows them (subject, sender, links).
  const marks = detail.findings.flatMap((finding) => (finding.field && finding.value ? [finding.value] : []));
  const backHref = searchQuery ? routes.search(searchQuery) : null;
  // Every text of the message scanned once: the flags and the warning both name these fields.
  const hidden = hiddenFieldsOf(detail);
  return (
    <div className="space-y-4">
      <MessageKeys id={message.id} searchQuery={searchQuery} mode={mode} />
      <ResultRowSync id={message.id} searchQuery={searchQuery} state={{ is_quarantined: message.is_quarantined, delivery_status: message.delivery_status }} />
      <MessageHeader
        message={message}
        findings={detail.findings}
        actionLog={detail.actionLog}
        marks={marks}
        backHref={backHref}
        state={messageStateOf(message, detail.actionLog, lastAction)}
        flags={anomaliesOf(detail, hidden)}
      />
      <MissingParts missing={detail.missing} />
      <VerdictPanel message={message} detections={detail.detections} />
      <AuthenticationPanel validation={message.validation} />
      <TriagePanel messageId={message.id} viewer={viewer} />
      {actions !== "none" ? (
        <RemediationSlot
          messageId={message.id}
          postfixId={message.postfix_id}
          disposition={message.final_disposition}
          recipients={message.to.length > 0 ? message.to : message.envelope_to}
          quarantined={message.is_quarantined}
          actions={actions}
        />
      ) : null}
      <HiddenCharactersWarning fields={hidden} />
      <BodyPanel id={message.id} hasPreview={detail.hasPreview} content={content} />
      <FindingsTable findings={detail.findings} source={detail.findingsSource} />
      <DetectionsPanel detections={detail.detections} marks={marks} />
      <div className="grid gap-4 lg:grid-cols-2">
        <EnvelopePanel message={message} marks={marks} />
        <IdentityPanel message={message} />
      </div>
      <ActionLogTimeline entries={detail.actionLog} source={detail.actionLogSource} />
      <TracePanel trace={detail.trace} />
    </div>
  );
}
