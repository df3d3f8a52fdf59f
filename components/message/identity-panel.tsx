import { UntrustedText } from "@/components/ui/untrusted-text";
import type { Message } from "@/lib/investigate/message";
import { Indicator } from "./indicator";
import { Fact, Section } from "./section";

const list = (values: readonly string[]) => (values.length ? values.join(", ") : "—");

/** A list pattern names the sender or domain it matched: mail text, shown as such. */
const Pattern = ({ text }: { text: string | null }) => (text ? <UntrustedText text={text} /> : "—");

/** Ids, delivery, properties and fingerprints: everything else Cloudflare documents about a message. */
export function IdentityPanel({ message }: { message: Message }) {
  const p = message.properties;
  return (
    <Section title="Identity and delivery" id="identity">
      <dl>
        <Fact label="Investigate id"><Indicator value={message.id} name="investigate id" /></Fact>
        <Fact label="Postfix id"><Indicator value={message.postfix_id} name="postfix id" /></Fact>
        <Fact label="Outbound postfix id"><Indicator value={message.postfix_id_outbound} name="outbound postfix id" /></Fact>
        <Fact label="Message-ID"><Indicator value={message.message_id} name="Message-ID" kind="text" pivot="message_id" /></Fact>
        <Fact label="Alert id"><Indicator value={message.alert_id} name="alert id" pivot="alert_id" /></Fact>
        <Fact label="Delivery mode">{message.delivery_mode ?? "—"}</Fact>
        <Fact label="Delivery status">{list(message.delivery_status)}</Fact>
        <Fact label="Post-delivery operations">{list(message.post_delivery_operations)}</Fact>
        <Fact label="Phish submission">{message.is_phish_submission ? "yes" : "no"}</Fact>
        <Fact label="Allow-list pattern"><Pattern text={[p.allowlisted_pattern, p.allowlisted_pattern_type && `(${p.allowlisted_pattern_type})`].filter(Boolean).join(" ")} /></Fact>
        <Fact label="Legacy allow-list type">{p.whitelisted_pattern_type ?? "—"}</Fact>
        <Fact label="Block-list pattern"><Pattern text={p.blocklisted_pattern} /></Fact>
        <Fact label="Block-listed message">{p.blocklisted_message === null ? "—" : p.blocklisted_message ? "yes" : "no"}</Fact>
        <Fact label="EDF hash"><Indicator value={message.edf_hash} name="EDF hash" /></Fact>
        <Fact label="HTML structure hash"><Indicator value={message.htmltext_structure_hash} name="HTML structure hash" /></Fact>
      </dl>
    </Section>
  );
}
