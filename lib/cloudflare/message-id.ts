import { CloudflareError } from "./errors";

// A message id (investigate id or bare postfix id) goes into the path as one encoded segment. The app
// validates ids more strictly (lib/investigate/message-id.ts); this is the client's own floor, so no
// caller can turn an id into another path.

const MAX_LENGTH = 200;

/** The id as a path segment, or `bad_request` (no status: nothing was sent) if it is not one. */
export function messageIdSegment(id: string): string {
  if (typeof id !== "string" || id.length === 0 || id.length > MAX_LENGTH) {
    throw new CloudflareError("bad_request", `A message id must have 1 to ${MAX_LENGTH} characters.`);
  }
  if (/[\u0000-\u001f\u007f-\u009f]/.test(id)) {
    throw new CloudflareError("bad_request", "A message id must not contain control characters.");
  }
  // encodeURIComponent leaves dots alone, and URL parsers treat "." and ".." segments as navigation.
  if (id === "." || id === "..") throw new CloudflareError("bad_request", "A message id cannot be a dot segment.");
  return encodeURIComponent(id);
}

/**
 * The id of a result that could not be read, when it has one worth showing: an investigate or postfix
 * id of plain visible characters, short enough for a table cell.
 */
export function readableMessageId(item: unknown): string | null {
  if (typeof item !== "object" || item === null) return null;
  const { id, postfix_id: postfixId } = item as { id?: unknown; postfix_id?: unknown };
  for (const candidate of [id, postfixId]) {
    if (typeof candidate === "string" && /^[\x21-\x7e]{1,200}$/.test(candidate)) return candidate;
  }
  return null;
}
