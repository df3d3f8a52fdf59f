import { describe, expect, it } from "vitest";
import { detectionReasonText, parseDetectionReason } from "./detection-reason";

describe("parseDetectionReason", () => {
  it("turns <b> into bold segments", () => {
    expect(parseDetectionReason("Link found in <b>body</b> text")).toEqual([
      { text: "Link found in ", bold: false },
      { text: "body", bold: true },
      { text: " text", bold: false },
    ]);
  });

  it("keeps every other tag as literal text", () => {
    const reason = `<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>`;
    expect(parseDetectionReason(reason)).toEqual([{ text: reason, bold: false }]);
  });

  it("does not honour a <b> with attributes", () => {
    const reason = `Display name <b onmouseover="alert(1)">&lt;img&gt;</b> contains markup`;
    expect(parseDetectionReason(reason).some((segment) => segment.bold)).toBe(false);
  });

  it("keeps markup inside bold literal", () => {
    expect(parseDetectionReason("<b><svg onload=alert(1)></b>")).toEqual([{ text: "<svg onload=alert(1)>", bold: true }]);
  });

  it("gives the plain text", () => {
    expect(detectionReasonText("in <b>body</b>")).toBe("in body");
  });
});
