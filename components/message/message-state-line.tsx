import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Time } from "@/components/ui/time";
import { UntrustedText } from "@/components/ui/untrusted-text";
import type { MessageState } from "@/lib/investigate/message-state";
import { DESTINATION_LABELS, type MoveDestination } from "@/lib/remediation/remediation-values";

const folder = (destination: string | null) => (destination === null ? "another folder" : (DESTINATION_LABELS[destination as MoveDestination] ?? destination));

function words(state: MessageState): { tone: BadgeTone; label: string } {
  switch (state.kind) {
    case "moved":
      return { tone: state.destination === "Inbox" ? "blue" : "violet", label: `Moved to ${folder(state.destination)}` };
    case "released":
      return { tone: "orange", label: "Released from quarantine" };
    case "move-failed":
      return { tone: "red", label: "A move failed" };
    case "quarantined":
      return { tone: "red", label: "Quarantined" };
    case "delivered":
      return { tone: "green", label: "Delivered" };
    case "status":
      return { tone: "zinc", label: state.statuses.map((status) => status.replaceAll("_", " ")).join(", ") };
    case "unknown":
      return { tone: "zinc", label: "Delivery not reported" };
  }
}

/** Where the message is now, and who put it there when: the first thing after who sent it to whom. */
export function MessageStateLine({ state }: { state: MessageState }) {
  const { tone, label } = words(state);
  const at = "at" in state ? state.at : null;
  const by = "by" in state ? state.by : null;
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm" data-testid="message-state">
      <span className="text-zinc-700 dark:text-zinc-300">Now:</span> <Badge tone={tone}>{label}</Badge>
      {by ? (
        <span>
          {" "}
          by <UntrustedText text={by} />
        </span>
      ) : null}
      {at ? (
        <span>
          {" "}
          <Time iso={at} />
        </span>
      ) : null}
    </p>
  );
}
