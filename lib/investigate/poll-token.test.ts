import { describe, expect, it } from "vitest";
import { PollTokenError, openPollToken, sealPollToken } from "./poll-token";

const SECRET = "s".repeat(40);
const payload = { location: "https://api.cloudflare.com/client/v4/accounts/x/email-security/investigate/poll/1", subject: "ana", startedAt: 1000, polls: 3, expiresAt: 5000 };

function problemOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof PollTokenError) return error.problem;
    throw error;
  }
  return "accepted";
}

describe("poll tokens", () => {
  it("round-trip for the same subject before expiry, and hide the upstream location", () => {
    const token = sealPollToken(payload, SECRET);
    expect(openPollToken(token, SECRET, "ana", 4999)).toMatchObject(payload);
    expect(Buffer.from(token, "base64url").toString("latin1")).not.toContain("cloudflare");
  });

  it("are refused once expired, for another subject, or under another secret", () => {
    const token = sealPollToken(payload, SECRET);
    expect(problemOf(() => openPollToken(token, SECRET, "ana", 5000))).toBe("expired");
    expect(problemOf(() => openPollToken(token, SECRET, "bob", 10))).toBe("wrong_subject");
    expect(problemOf(() => openPollToken(token, "t".repeat(40), "ana", 10))).toBe("malformed");
  });

  it("are refused when any byte is changed", () => {
    const token = sealPollToken(payload, SECRET);
    const bytes = Buffer.from(token, "base64url");
    for (const index of [0, 13, bytes.length - 1]) {
      const tampered = Buffer.from(bytes);
      tampered[index] = (tampered[index] ?? 0) ^ 1;
      expect(problemOf(() => openPollToken(tampered.toString("base64url"), SECRET, "ana", 10))).toBe("malformed");
    }
  });

  it.each(["", "%%%", "a".repeat(9000), "short"])("refuse garbage %#", (garbage) => {
    expect(problemOf(() => openPollToken(garbage, SECRET, "ana", 10))).toBe("malformed");
  });
});
