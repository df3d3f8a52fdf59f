import { Badge, type BadgeTone } from "@/components/ui/badge";

// Each outcome has its own colour *and* its own word, so nothing depends on seeing colour.
const TONES: Record<string, BadgeTone> = { pass: "green", fail: "red", error: "orange", neutral: "amber", none: "zinc" };

export function ValidationBadge({ check, result }: { check: string; result: string | null }) {
  const value = result ?? "none";
  return (
    <span data-check={check} data-result={value}>
      <Badge tone={TONES[value] ?? "violet"} title={`${check}: ${value}`}>
        {`${check} ${value}`}
      </Badge>
    </span>
  );
}
