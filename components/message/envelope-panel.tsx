import type { Message } from "@/lib/investigate/message";
import { UntrustedList, UntrustedText } from "@/components/ui/untrusted-text";
import { Indicator, type Pivot } from "./indicator";
import { Fact, Section } from "./section";

function Addresses({ values, name, filter }: { values: readonly string[]; name: string; filter: Pivot }) {
  if (values.length === 0) return <span>—</span>;
  return (
    <ul>
      {values.map((value, index) => (
        <li key={index}>
          <Indicator value={value} name={name} kind="address" pivot={filter} />
        </li>
      ))}
    </ul>
  );
}

export function EnvelopePanel({ message, marks }: { message: Message; marks: readonly string[] }) {
  return (
    <Section title="Envelope" id="envelope">
      <dl>
        <Fact label="From">
          <Indicator value={message.from} name="sender address" kind="address" marks={marks} pivot="sender" />
        </Fact>
        <Fact label="From name">{message.from_name ? <UntrustedText text={message.from_name} marks={marks} /> : "—"}</Fact>
        <Fact label="Reply-to"><Indicator value={message.replyto} name="reply-to address" kind="address" pivot="query" /></Fact>
        <Fact label="Envelope from"><Indicator value={message.envelope_from} name="envelope sender" kind="address" pivot="sender" /></Fact>
        <Fact label="Envelope to"><Addresses values={message.envelope_to} name="envelope recipient" filter="recipient" /></Fact>
        <Fact label="To"><Addresses values={message.to} name="recipient" filter="recipient" /></Fact>
        <Fact label="To names">{message.to_name.length ? <UntrustedList values={message.to_name} /> : "—"}</Fact>
        <Fact label="Client recipients"><Addresses values={message.client_recipients} name="client recipient" filter="recipient" /></Fact>
        <Fact label="HELO server IP"><Indicator value={message.smtp_helo_server_ip} name="HELO server IP" pivot="smtp_helo_ip" /></Fact>
        <Fact label="Previous hop IP"><Indicator value={message.smtp_previous_hop_ip} name="previous hop IP" pivot="query" /></Fact>
        <Fact label="X-Originating-IP"><Indicator value={message.x_originating_ip} name="originating IP" pivot="query" /></Fact>
      </dl>
    </Section>
  );
}
