/** One colour per disposition, legible on white and on zinc-950, the worst first and reddest. */
export const DISPOSITION_COLORS: Record<string, string> = {
  MALICIOUS: "#dc2626",
  "MALICIOUS-BEC": "#9f1239",
  SUSPICIOUS: "#ea580c",
  SPOOF: "#ca8a04",
  SPAM: "#7c3aed",
  BULK: "#2563eb",
  ENCRYPTED: "#0d9488",
  EXTERNAL: "#0891b2",
  UNKNOWN: "#71717a",
  NONE: "#a1a1aa",
};
