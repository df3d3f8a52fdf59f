import { DispositionBadge } from "@/components/ui/disposition-badge";
import { UntrustedText } from "@/components/ui/untrusted-text";
import type { Attachment } from "@/lib/investigate/detections";
import { Indicator } from "./indicator";
import { Empty, Fact } from "./section";

export function AttachmentsList({ attachments }: { attachments: readonly Attachment[] }) {
  if (attachments.length === 0) return <Empty>No attachments.</Empty>;
  return (
    <ul className="space-y-3">
      {attachments.map((attachment, index) => (
        <li key={index} data-testid="attachment" className="rounded border border-zinc-200 p-2 dark:border-zinc-800">
          <p className="text-sm font-medium break-all">
            {attachment.filename || attachment.name ? <UntrustedText text={attachment.filename ?? attachment.name ?? ""} kind="name" /> : "(unnamed)"}{" "}
            {attachment.detection && <DispositionBadge disposition={attachment.detection} />}
          </p>
          <dl>
            <Fact label="Type">{attachment.content_type ? <UntrustedText text={attachment.content_type} kind="name" /> : "—"}</Fact>
            <Fact label="Size">{attachment.size === null ? "—" : `${attachment.size.toLocaleString("en")} bytes`}</Fact>
            {attachment.encrypted !== null && <Fact label="Encrypted">{attachment.encrypted ? "yes" : "no"}</Fact>}
            <Fact label="MD5"><Indicator value={attachment.md5} name="MD5" pivot="query" /></Fact>
            <Fact label="SHA-1"><Indicator value={attachment.sha1} name="SHA-1" pivot="query" /></Fact>
            <Fact label="SHA-256"><Indicator value={attachment.sha256} name="SHA-256" pivot="query" /></Fact>
          </dl>
        </li>
      ))}
    </ul>
  );
}
