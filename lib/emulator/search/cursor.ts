import { hashString } from "../prng";

// Opaque keyset cursors. A cursor names a position in the sort order (scan time, id), not an offset, so
// it stays correct whatever per_page the next call uses. `n` continues after the position (older), `p`
// goes back before it (newer). A checksum turns any edit or truncation into a clean 400.

export type Cursor = {
  readonly direction: "n" | "p";
  readonly time: number;
  readonly id: string;
};

const SALT = 0x43464553;

function checksum(payload: string): string {
  return hashString(payload, SALT).toString(36);
}

export function encodeCursor(cursor: Cursor): string {
  const payload = `${cursor.direction}|${cursor.time}|${cursor.id}`;
  return `${Buffer.from(payload, "utf8").toString("base64url")}.${checksum(payload)}`;
}

export function decodeCursor(value: string): Cursor | null {
  const match = /^([A-Za-z0-9_-]+)\.([0-9a-z]+)$/.exec(value);
  if (!match?.[1] || !match[2]) return null;
  const payload = Buffer.from(match[1], "base64url").toString("utf8");
  if (checksum(payload) !== match[2]) return null;
  const parts = /^([np])\|(\d{1,15})\|(.+)$/.exec(payload);
  if (!parts?.[1] || !parts[2] || !parts[3]) return null;
  return { direction: parts[1] === "n" ? "n" : "p", time: Number(parts[2]), id: parts[3] };
}
