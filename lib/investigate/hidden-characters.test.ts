import { describe, expect, it } from "vitest";
import { codePointLabel, fieldsWithHidden, hasHiddenCharacters, revealHidden, splitHidden } from "./hidden-characters";

describe("hidden characters", () => {
  it("finds bidi controls, zero-width characters, other format and control characters", () => {
    const hidden = ["\u202A", "\u202E", "\u2066", "\u2069", "\u200E", "\u200F", "\u061C", "\u200B", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u0000", "\u001B", "\u0085", "\u2028", "\u3164", "\u{E0041}"];
    for (const character of hidden) expect(hasHiddenCharacters(`a${character}b`), codePointLabel(character)).toBe(true);
  });

  it("leaves ordinary text alone, including other scripts, tabs and line breaks and emoji", () => {
    for (const text of ["Invoice #4471 overdue", "שלום עולם", "مرحبا", "a\tb\nc\r\n", "❤️ thanks", ""]) {
      expect(hasHiddenCharacters(text)).toBe(false);
      expect(revealHidden(text)).toBe(text);
    }
  });

  it("writes each hidden character as its code point for copied text", () => {
    expect(revealHidden("invoice\u202Efdp.exe")).toBe("invoice[U+202E]fdp.exe");
    expect(revealHidden("Pay\u200BPal\u200D\uFEFF")).toBe("Pay[U+200B]Pal[U+200D][U+FEFF]");
    expect(revealHidden("tag\u{E0041}")).toBe("tag[U+E0041]");
  });

  it("splits text into visible runs and named hidden characters", () => {
    expect(splitHidden("invoice\u202Efdp.exe")).toEqual([
      { text: "invoice", hidden: null },
      { text: "\u202E", hidden: { code: "U+202E", name: "right-to-left override" } },
      { text: "fdp.exe", hidden: null },
    ]);
    expect(splitHidden("\u200B")).toEqual([{ text: "\u200B", hidden: { code: "U+200B", name: "zero-width space" } }]);
    expect(splitHidden("plain")).toEqual([{ text: "plain", hidden: null }]);
  });

  it("names the fields that hold one", () => {
    expect(fieldsWithHidden([["subject", ["ok"]], ["sender name", [null, "Pay\u200BPal"]], ["attachment name", ["a\u202Eb", "c\u202Ed"]]])).toEqual(["sender name", "attachment name"]);
  });
});
