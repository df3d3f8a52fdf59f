// An upper bound of the length of a value's JSON text, without writing it: every character of a string
// counted at its longest escape (\uXXXX), every number at its longest form. A page of messages is
// checked against the size limit with this, and only one that might pass the limit is written out.

const MAX_NUMBER_CHARS = 24;

export function jsonLengthAtMost(value: unknown): number {
  if (typeof value === "string") return 2 + 6 * value.length;
  if (typeof value === "number") return MAX_NUMBER_CHARS;
  if (typeof value === "boolean" || value === null || value === undefined) return 5;
  if (Array.isArray(value)) {
    let length = 2 + value.length;
    for (const item of value) length += jsonLengthAtMost(item);
    return length;
  }
  if (typeof value === "object") {
    let length = 2;
    for (const key in value) length += 2 + 6 * key.length + 2 + jsonLengthAtMost((value as Record<string, unknown>)[key]);
    return length;
  }
  return 0;
}
