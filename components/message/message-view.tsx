import { hiddenFieldsOf } from "@/lib/investigate/hidden-fields";
import type { MessageDetail } from "@/lib/investigate/message-detail";
import { ActionLogTimeline } from "./action-log-timeline";
import { AuthenticationPanel } from "./authentication-panel";
import { BodyPanel } from "./body-panel";
import { MessageKeys } from "./message-keys";
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
};

/** The whole message. Server-rendered: every piece of attacker text reaches the DOM as React text. */
export function MessageView({ detail, searchQuery, mode, content, viewer, actions }: Props) {
  const { message } = detail;
  // Values a finding names for a field are marked where the page shows them (subject, sender, links).
  const marks = detail.findings.flatMap((finding) => (finding.field && finding.value ? [finding.value] : []));
  const backHref = searchQuery ? routes.search(searchQuery) : null;
  return (
    <div className="space-y-4">
      <MessageKeys id={message.id} searchQuery={searchQuery} mode={mode} />
      <MessageHeader message={message} findings={detail.findings} marks={marks} backHref={backHref} />
      <TriagePanel messageId={message.id} viewer={viewer} />
      {actions !== "none" ? (
        <RemediationSlot
          messageId={message.id}
          postfixId={message.postfix_id}
          disposition={message.final_disposition}
          recipients={message.to.length > 0 ? message.to : message.envelope_to} quarantined={message.is_quarantined} actions={actions} />
      ) : null}
      <MissingParts missing={detail.missing} />
      <HiddenCharactersWarning fields={hiddenFieldsOf(detail)} />
      <AuthenticationPanel validation={message.validation} />
      <FindingsTable findings={detail.findings} source={detail.findingsSource} />
      <VerdictPanel message={message} detections={detail.detections} />
      <DetectionsPanel detections={detail.detections} marks={marks} />
      <div className="grid gap-4 lg:grid-cols-2">
        <EnvelopePanel message={message} marks={marks} />
        <IdentityPanel message={message} />
      </div>
      <ActionLogTimeline entries={detail.actionLog} source={detail.actionLogSource} />
      <TracePanel trace={detail.trace} />
      <BodyPanel id={message.id} hasPreview={detail.hasPreview} content={content} />
    </div>
  );
}
