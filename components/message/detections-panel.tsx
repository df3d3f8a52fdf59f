import { UntrustedText } from "@/components/ui/untrusted-text";
import type { Detections } from "@/lib/investigate/detections";
import { AttachmentsList } from "./attachments-list";
import { Indicator } from "./indicator";
import { LinksList } from "./links-list";
import { Empty, Fact, Section } from "./section";

export function DetectionsPanel({ detections, marks }: { detections: Detections | null; marks: readonly string[] }) {
  if (!detections) {
    return (
      <Section title="Detections" id="detections">
        <Empty>Links, attachments, headers and sender information are missing: Cloudflare’s detections did not answer.</Empty>
      </Section>
    );
  }
  const sender = detections.sender_info;
  return (
    <Section title="Detections" id="detections">
      <div className="grid gap-4 lg:grid-cols-2">
        <div>
          <h3 className="mb-2 text-sm font-semibold">Links</h3>
          <LinksList links={detections.links} marks={marks} />
        </div>
        <div>
          <h3 className="mb-2 text-sm font-semibold">Attachments</h3>
          <AttachmentsList attachments={detections.attachments} />
        </div>
        <div>
          <h3 className="mb-2 text-sm font-semibold">Sender</h3>
          {sender ? (
            <dl>
              <Fact label="IP"><Indicator value={sender.ip} name="sender IP" pivot="query" /></Fact>
              <Fact label="AS">{sender.as_number || sender.as_name ? <UntrustedText text={[sender.as_number && `AS${sender.as_number}`, sender.as_name].filter(Boolean).join(" ")} /> : "—"}</Fact>
              <Fact label="Geography">{sender.geo ? <UntrustedText text={sender.geo} /> : "—"}</Fact>
              <Fact label="Domain (PLD)"><Indicator value={sender.pld} name="sender domain" kind="address" pivot="sender" /></Fact>
            </dl>
          ) : (
            <Empty>No sender information.</Empty>
          )}
          {detections.action && <p className="mt-2 text-sm">Action taken: <UntrustedText text={detections.action} kind="name" /></p>}
        </div>
        <div>
          <h3 className="mb-2 text-sm font-semibold">Headers</h3>
          {detections.headers.length === 0 ? (
            <Empty>No headers.</Empty>
          ) : (
            <dl className="max-h-80 overflow-auto font-mono text-xs">
              {detections.headers.map((header, index) => (
                <div key={index} className="py-0.5 break-all">
                  <dt className="inline font-semibold"><UntrustedText text={header.name} kind="name" />: </dt>
                  <dd className="inline"><UntrustedText text={header.value} /></dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      </div>
    </Section>
  );
}
