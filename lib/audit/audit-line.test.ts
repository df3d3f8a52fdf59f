import { describe, expect, it } from "vitest";
import { auditLine } from "./audit-line";

const NOW = new Date("2026-11-22T10:00:00Z");

describe("auditLine", () => {
  it("writes one JSON line with who, when, what and the outcome", () => {
    const line = auditLine({ event: "search", outcome: "ok", who: { id: "credentials:ana", role: "analyst" }, what: "/api/messages", params: { query: "invoice" } }, NOW);
    expect(JSON.parse(line)).toEqual({
      time: "2026-11-22T10:00:00.000Z",
      event: "search",
      outcome: "ok",
      who: { id: "credentials:ana", role: "analyst" },
      what: "/api/messages",
      params: { query: "invoice" },
    });
  });

  it("escapes control characters so a value cannot forge a line or hide in a terminal", () => {
    const hostile = 'x"\n{"event":"sign_in"}\r\u001b[2J\u0085\u2028\u202e';
    const line = auditLine({ event: "sign_in_failed", outcome: "failed", who: null, what: hostile }, NOW);
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202e]/);
    expect(line.split("\n")).toHaveLength(1);
    expect((JSON.parse(line) as { what: string }).what).toBe(hostile);
  });

  it("keeps only the principal's id and role, whatever else the object holds", () => {
    const who = { id: "oidc:1", role: "manager", accessToken: "secret-token" } as { id: string; role: string };
    expect(auditLine({ event: "message_view", outcome: "ok", who }, NOW)).not.toContain("secret-token");
  });
});
