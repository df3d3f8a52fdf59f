// Where a finding names a value, the page marks that value wherever it shows it (subject, sender, a
// link). Matching is case-insensitive and literal: values are attacker text, never patterns.

export type HighlightSegment = { text: string; marked: boolean };

export function highlightSegments(text: string, values: readonly string[]): HighlightSegment[] {
  const needles = [...new Set(values.filter((value) => value.trim().length >= 2).map((value) => value.toLowerCase()))];
  if (needles.length === 0 || text.length === 0) return [{ text, marked: false }];
  const haystack = text.toLowerCase();
  const segments: HighlightSegment[] = [];
  let position = 0;
  while (position < text.length) {
    let best: { start: number; length: number } | null = null;
    for (const needle of needles) {
      const start = haystack.indexOf(needle, position);
      if (start !== -1 && (best === null || start < best.start || (start === best.start && needle.length > best.length))) {
        best = { start, length: needle.length };
      }
    }
    if (best === null) break;
    if (best.start > position) segments.push({ text: text.slice(position, best.start), marked: false });
    segments.push({ text: text.slice(best.start, best.start + best.length), marked: true });
    position = best.start + best.length;
  }
  if (position < text.length) segments.push({ text: text.slice(position), marked: false });
  return segments;
}
