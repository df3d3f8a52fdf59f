import fc from "fast-check";
import { FILTER_DISPOSITIONS, MESSAGE_ACTIONS } from "@/lib/cloudflare/schemas/enums";
import { SEARCH_PARAM_NAMES } from "@/lib/investigate/search-params";

// What a fuzzed request is made of: query strings that mix the real parameters with junk names, values
// that are nearly right (dates, numbers, enums, cursors), strings of any code point, and raw bytes a
// URL encoder would never produce (a lone %, %00, a cut UTF-8 sequence).

const nearlyRight = fc.oneof(
  fc.constantFrom("true", "false", "TRUE", "1", "", " ", "null", "undefined", "NaN", "-1", "0", "1", "50", "1000", "1001", "1e3", "0x10", "9".repeat(40)),
  fc.constantFrom(...FILTER_DISPOSITIONS, ...MESSAGE_ACTIONS, "malicious", "EVIL"),
  fc.date({ min: new Date("1900-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom("2026-13-45T99:99:99Z", "2026-06-01", "yesterday", "2026-06-01T00:00:00+25:00"),
  fc.integer({ min: -10, max: 30 }).map(String),
  fc.base64String({ maxLength: 60 }),
);

const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom("<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "\u202Eevil", "%00", "a".repeat(2000)),
);

const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SEARCH_PARAM_NAMES) }, fc.constantFrom("page", "__proto__", "constructor", "per_page[]", "query "), fc.string({ maxLength: 12 }));

const rawTail = fc.constantFrom("", "", "", "&%", "&query=%zz", "&per_page=%E0%A4%A", "&&&=&", "&query=%00", "&start=%2", "&cursor");

export const queryString = fc
  .tuple(fc.array(fc.tuple(name, fc.oneof(nearlyRight, anyText)), { maxLength: 5 }), rawTail)
  .map(([pairs, tail]) => `${new URLSearchParams(pairs).toString()}${tail}`);

export function pathSegment(realIds: readonly string[]) {
  return fc.oneof(
    fc.constantFrom(...realIds),
    fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), maxLength: 40 }),
    fc.stringMatching(/^[0-9A-Za-z]{8,20}(-[0-9A-Za-z]{1,8})?$/),
    anyText,
    fc.constantFrom(".", "..", " ", "\u0000", "x".repeat(1500)),
    // Already encoded, and valid escapes: sent as they are. (A malformed escape is fuzz.spec's known case.)
    fc.constantFrom("%2e%2e", "%2F", "a%2Fb", "..%2F..%2Fetc%2Fpasswd", "%EF%BF%BD").map((segment) => ({ raw: segment })),
  ).map((segment) => (typeof segment === "string" ? encodeURIComponent(segment) : segment.raw));
}

export type FuzzCase = { segment: string; query: string; signedIn: boolean };

export function fuzzCase(realIds: readonly string[]) {
  return fc.record({ segment: pathSegment(realIds), query: queryString, signedIn: fc.integer({ min: 0, max: 19 }).map((n) => n !== 0) });
}
