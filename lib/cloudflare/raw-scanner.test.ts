import { describe, expect, it } from "vitest";
import { RawEnvelopeError, RawScanner } from "./raw-scanner";

/** Feeds `text` in pieces of `size` characters and returns what came out. */
function scan(text: string, size = 3): string {
  const scanner = new RawScanner();
  let out = "";
  for (let i = 0; i < text.length; i += size) out += scanner.write(text.slice(i, i + size));
  return out + scanner.end();
}

const EML = 'From: "Pay\u200BPal" <a@b.example>\r\nSubject: \u202Efdp.exe "quoted" \\ back\r\n\r\n😀 body \u0001';

describe("RawScanner", () => {
  it.each([1, 2, 3, 7, 1000])("hands on result.raw exactly, whatever the pieces (%i characters)", (size) => {
    const envelope = JSON.stringify({ success: true, errors: [], messages: [{ code: 1, message: '"raw":"fake"' }], result: { raw: EML, other: [1, -2.5e3, null, { raw: "x" }] }, extra: {} });
    expect(scan(envelope, size)).toBe(EML);
  });

  it("accepts success after the result and escaped surrogate pairs split between pieces", () => {
    const envelope = '{"result":{"raw":"a\\ud83d\\ude00b"},"errors":[],"messages":[],"success":true}';
    for (let size = 1; size < 12; size++) expect(scan(envelope, size)).toBe("a😀b");
  });

  it("reports when the raw text has started", () => {
    const scanner = new RawScanner();
    scanner.write('{"success":true,"result":{"ra');
    expect(scanner.started).toBe(false);
    expect(scanner.write('w":"Fr')).toBe("Fr");
    expect(scanner.started).toBe(true);
  });

  it.each([
    ['{"success":false,"errors":[],"result":{"raw":"x"}}', "success: false"],
    ['{"success":true,"result":{"raw":"x"}', "ended before"],
    ['{"success":true,"result":{"raw":"x"}}}', "not valid JSON"],
    ['{"success":true,"result":{"raw":42}}', "no result.raw"],
    ['{"success":true,"result":{"raw":"x","raw":"y"}}', "twice"],
    ['{"result":{"raw":"x"}}', "does not report success"],
    ['{"success":true,"result":{"raw":"x"},}', "not valid JSON"],
    ['{"success":tru,"result":{"raw":"x"}}', "not valid JSON"],
    ['{"success":true,"result":{"raw":"a\\qb"}}', "not valid JSON"],
    ['{"success":true,"result":{"raw":"a\nb"}}', "control character"],
    ["<html>502</html>", "not valid JSON"],
  ])("refuses %s", (text, message) => {
    expect(() => scan(text)).toThrow(RawEnvelopeError);
    expect(() => scan(text)).toThrow(message);
  });

  it("skips a deeply nested neighbour without recursion", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(scan(`{"success":true,"deep":${deep},"result":{"raw":"ok"}}`, 4096)).toBe("ok");
  });
});
