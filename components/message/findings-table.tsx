import { DispositionBadge } from "@/components/ui/disposition-badge";
import { UntrustedText, type UntrustedKind } from "@/components/ui/untrusted-text";
import type { Finding } from "@/lib/investigate/message";
import { DetectionReason } from "./detection-reason";
import { Empty, Section } from "./section";

const COLUMNS = ["Detection", "Name", "Field", "Portion", "Reason", "Detail", "Value", "Attachment", "Score"] as const;

/** Highest score first; findings without a score last, in Cloudflare's order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity));
}

function Cell({ value, kind = "text" }: { value: string | null; kind?: UntrustedKind }) {
  return value ? <UntrustedText text={value} kind={kind} /> : "—";
}

export function FindingsTable({ findings, source }: { findings: readonly Finding[]; source: "detections" | "embedded" }) {
  const note = source === "detections" ? "From Cloudflare’s detections." : "From the message’s embedded findings (detections unavailable).";
  return (
    <Section title="Findings" id="findings" actions={<span data-testid="findings-source" data-source={source} className="text-xs text-zinc-700 dark:text-zinc-300">{note}</span>}>
      {findings.length === 0 ? (
        <Empty>No findings.</Empty>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" className="border-b border-zinc-300 px-2 py-1 font-medium dark:border-zinc-700">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sortFindings(findings).map((finding, index) => (
                <tr key={index} data-testid="finding" className="align-top">
                  <td className="border-b border-zinc-200 px-2 py-1 dark:border-zinc-800">{finding.detection ? <DispositionBadge disposition={finding.detection} /> : "—"}</td>
                  <td className="border-b border-zinc-200 px-2 py-1 break-words dark:border-zinc-800"><Cell value={finding.name} /></td>
                  <td className="border-b border-zinc-200 px-2 py-1 dark:border-zinc-800"><Cell value={finding.field} kind="name" /></td>
                  <td className="border-b border-zinc-200 px-2 py-1 dark:border-zinc-800"><Cell value={finding.portion} kind="name" /></td>
                  <td className="border-b border-zinc-200 px-2 py-1 break-words dark:border-zinc-800">{finding.reason ? <DetectionReason reason={finding.reason} /> : "—"}</td>
                  <td className="border-b border-zinc-200 px-2 py-1 break-words dark:border-zinc-800"><Cell value={finding.detail} /></td>
                  <td className="border-b border-zinc-200 px-2 py-1 font-mono break-all dark:border-zinc-800"><Cell value={finding.value} /></td>
                  <td className="border-b border-zinc-200 px-2 py-1 break-all dark:border-zinc-800"><Cell value={finding.attachment} kind="name" /></td>
                  <td className="border-b border-zinc-200 px-2 py-1 tabular-nums dark:border-zinc-800">{finding.score ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
