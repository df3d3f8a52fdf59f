import { Revealed } from "@/components/ui/untrusted-text";
import { defangText } from "@/lib/investigate/defang";
import { parseDetectionReason } from "@/lib/investigate/detection-reason";

/** A detection reason: Cloudflare's <b> as bold, every other character literal text. The reason quotes the
 *  mail, so it is isolated, defanged and shown with its hidden characters like any other mail text. */
export function DetectionReason({ reason }: { reason: string }) {
  return (
    <bdi data-detection-reason="">
      {parseDetectionReason(defangText(reason)).map((segment, index) =>
        segment.bold ? (
          <b key={index}>
            <Revealed text={segment.text} />
          </b>
        ) : (
          <span key={index}>
            <Revealed text={segment.text} />
          </span>
        ),
      )}
    </bdi>
  );
}
