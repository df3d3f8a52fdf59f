// Cloudflare marks the text that triggered a detection with <b>…</b>. Only that markup is honoured:
// every other character, tags included, stays literal text for React to escape.

export type ReasonSegment = { text: string; bold: boolean };

const BOLD = /<b>([\s\S]*?)<\/b>/gi;

export function parseDetectionReason(reason: string): ReasonSegment[] {
  const segments: ReasonSegment[] = [];
  let last = 0;
  for (const match of reason.matchAll(BOLD)) {
    const start = match.index;
    if (start > last) segments.push({ text: reason.slice(last, start), bold: false });
    if (match[1]) segments.push({ text: match[1], bold: true });
    last = start + match[0].length;
  }
  if (last < reason.length) segments.push({ text: reason.slice(last), bold: false });
  return segments;
}

/** The reason as plain text, for a ticket or a title: the <b> markers dropped. */
export function detectionReasonText(reason: string): string {
  return parseDetectionReason(reason)
    .map((segment) => segment.text)
    .join("");
}
