import { describe, expect, it } from "vitest";
import { CloudflareError } from "./errors";
import { messageIdSegment } from "./message-id";

describe("messageIdSegment", () => {
  it("encodes everything that could change the path", () => {
    expect(messageIdSegment("4Njp3P0STMz2c02Q-2024-01-05T10:00:00-12345678")).toBe("4Njp3P0STMz2c02Q-2024-01-05T10%3A00%3A00-12345678");
    expect(messageIdSegment("../../x?y#z")).toBe("..%2F..%2Fx%3Fy%23z");
    expect(messageIdSegment("a b%2F")).toBe("a%20b%252F");
  });

  it("refuses empty, over-long, control-character and dot-segment ids before any request", () => {
    for (const id of ["", "x".repeat(201), "a\nb", "a\u0000b", "a\u007fb", "a\u0085b", ".", ".."]) {
      expect(() => messageIdSegment(id), JSON.stringify(id)).toThrow(CloudflareError);
    }
    expect(messageIdSegment("x".repeat(200))).toHaveLength(200);
    expect(messageIdSegment("...")).toBe("...");
  });
});
