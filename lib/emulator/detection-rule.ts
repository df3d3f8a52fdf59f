// What counts as a detection for `detections_only` (default true upstream). A detection is a verdict that
// the message is unwanted. NONE and null are not. ENCRYPTED, EXTERNAL and UNKNOWN are not either: they say
// the scanner could not or did not judge the content (encrypted, judged by another gateway, unparsable),
// which is not a finding an analyst triages. A disposition we do not know yet (Cloudflare adds values
// without notice) counts as a detection, so that new verdicts are shown rather than silently hidden.

const NOT_DETECTIONS = new Set(["NONE", "ENCRYPTED", "EXTERNAL", "UNKNOWN"]);

export function isDetectionDisposition(disposition: string | null | undefined): boolean {
  return typeof disposition === "string" && disposition !== "" && !NOT_DETECTIONS.has(disposition);
}
