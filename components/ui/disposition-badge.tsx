import { Badge, type BadgeTone } from "./badge";

// A disposition in its colour, the same in the results, on a message and in its findings. Apart from
// the result cells, so a message page carries none of their code.

const DISPOSITION_TONES: Record<string, BadgeTone> = {
  MALICIOUS: "red",
  "MALICIOUS-BEC": "red",
  SUSPICIOUS: "orange",
  SPOOF: "violet",
  SPAM: "amber",
  BULK: "blue",
};

export function dispositionTone(disposition: string | null): BadgeTone {
  return (disposition && DISPOSITION_TONES[disposition]) || "zinc";
}

export function DispositionBadge({ disposition }: { disposition: string | null }) {
  return <Badge tone={dispositionTone(disposition)}>{disposition ?? "NONE"}</Badge>;
}
