// Characters that change what a reader sees without showing themselves: `invoice\u202Efdp.exe` reads as
// "invoice exe.pdf", a zero-width space splits "Pay\u200BPal" past a filter. The page shows each one as a
// marked code point instead, and says on the message where it found them.
//
// The set: every format character (Cf: the bidi embeddings, overrides, isolates and marks, U+061C, the
// zero-width space/joiners, U+2060, the BOM, the soft hyphen, tag characters); control characters (Cc)
// except tab, line feed and carriage return, which show as white space; the line and paragraph separators
// (Zl, Zp), which break a line where none is seen; and the Hangul fillers, letters that draw nothing and
// make a blank display name. Variation selectors are left alone: emoji use them in ordinary mail.
const SOURCE = "[\\p{Cf}\\p{Zl}\\p{Zp}\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u115F\\u1160\\u3164\\uFFA0]";

// One precompiled test without the g flag (so no lastIndex state): the results table runs it per cell.
const ANY = new RegExp(SOURCE, "u");
const EACH = new RegExp(SOURCE, "gu");

const NAMES: Record<number, string> = {
  0x00ad: "soft hyphen",
  0x061c: "Arabic letter mark",
  0x200b: "zero-width space",
  0x200c: "zero-width non-joiner",
  0x200d: "zero-width joiner",
  0x200e: "left-to-right mark",
  0x200f: "right-to-left mark",
  0x2028: "line separator",
  0x2029: "paragraph separator",
  0x202a: "left-to-right embedding",
  0x202b: "right-to-left embedding",
  0x202c: "pop directional formatting",
  0x202d: "left-to-right override",
  0x202e: "right-to-left override",
  0x2060: "word joiner",
  0x2066: "left-to-right isolate",
  0x2067: "right-to-left isolate",
  0x2068: "first strong isolate",
  0x2069: "pop directional isolate",
  0xfeff: "zero-width no-break space",
};

export type TextPiece = { text: string; hidden: null } | { text: string; hidden: { code: string; name: string } };

export function hasHiddenCharacters(text: string): boolean {
  return ANY.test(text);
}

/** "U+202E", the way the character is written wherever it is shown. */
export function codePointLabel(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

function describe(character: string): string {
  const point = character.codePointAt(0) ?? 0;
  const named = NAMES[point];
  if (named) return named;
  if (point < 0x20 || (point >= 0x7f && point <= 0x9f)) return "control character";
  if (point >= 0xe0000 && point <= 0xe007f) return "tag character";
  return "invisible character";
}

/** The text cut into visible runs and one piece per hidden character, with its code point and name. */
export function splitHidden(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(EACH)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), hidden: null });
    pieces.push({ text: match[0], hidden: { code: codePointLabel(match[0]), name: describe(match[0]) } });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), hidden: null });
  return pieces;
}

/** The plain-text form for anything copied: each hidden character written as "[U+202E]". */
export function revealHidden(text: string): string {
  return ANY.test(text) ? text.replace(EACH, (character) => `[${codePointLabel(character)}]`) : text;
}

/** The names of the fields (in the caller's words) whose text holds a hidden character, each once. */
export function fieldsWithHidden(fields: readonly (readonly [name: string, values: readonly (string | null | undefined)[]])[]): string[] {
  return fields.filter(([, values]) => values.some((value) => value && ANY.test(value))).map(([name]) => name);
}
