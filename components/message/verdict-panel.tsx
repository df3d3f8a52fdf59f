import { UntrustedText } from "@/components/ui/untrusted-text";
import type { Detections } from "@/lib/investigate/detections";
import type { Message } from "@/lib/investigate/message";
import { DetectionReason } from "./detection-reason";
import { Empty, Section } from "./section";

/** Why Cloudflare judged the message as it did: its detection reasons and threat categories. */
export function VerdictPanel({ message, detections }: { message: Message; detections: Detections | null }) {
  const categories = detections?.threat_categories.length
    ? detections.threat_categories.map((category) => ({ name: category.name ?? category.id ?? "—", description: category.description }))
    : message.threat_categories.map((name) => ({ name, description: null }));
  return (
    <Section title="Detection reasons" id="reasons">
      {message.detection_reasons.length === 0 ? (
        <Empty>No detection reasons.</Empty>
      ) : (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {message.detection_reasons.map((reason, index) => (
            <li key={index}>
              <DetectionReason reason={reason} />
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-4 mb-1 text-sm font-semibold">Threat categories</h3>
      {categories.length === 0 ? (
        <Empty>None.</Empty>
      ) : (
        <ul className="space-y-1 text-sm">
          {categories.map((category, index) => (
            <li key={index}>
              <span className="font-medium"><UntrustedText text={category.name} /></span>
              {category.description && <span className="text-zinc-700 dark:text-zinc-300"> — <UntrustedText text={category.description} /></span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
