import { STATUS_LABELS, VERDICT_LABELS } from "@/lib/triage/triage-values";
import { readRowTriage } from "./triage-states";

// The results' triage cells, as text: empty until the first read; a message nobody has triaged is New.
// Called as functions by the row (no hooks): the table re-renders its rows when the triage changes.

export function triageStatusText(id: string): string {
  const triage = readRowTriage(id);
  return triage === undefined ? "" : STATUS_LABELS[triage?.status ?? "new"];
}

export function assigneeText(id: string): string {
  const triage = readRowTriage(id);
  return triage === undefined ? "" : (triage?.assignee?.name ?? "—");
}

export function verdictText(id: string): string {
  const triage = readRowTriage(id);
  return triage === undefined ? "" : triage?.verdict ? VERDICT_LABELS[triage.verdict] : "—";
}
