import { parseDetectionReason } from "@/lib/investigate/detection-reason";

/** A detection reason: Cloudflare's <b> as bold, every other character literal text. */
export function DetectionReason({ reason }: { reason: string }) {
  return (
    <span data-detection-reason="">
      {parseDetectionReason(reason).map((segment, index) =>
        segment.bold ? <b key={index}>{segment.text}</b> : <span key={index}>{segment.text}</span>,
      )}
    </span>
  );
}
