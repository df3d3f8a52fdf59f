import { describe, expect, it } from "vitest";
import { safeParse } from "@/lib/validation/core-builders";
import { searchParamsSchema } from "./search-params";

// The form shows these messages beside the field and the API's 400 lists them under the field's name;
// no locale is loaded in the browser, so each check must say its own rule.

/** The message of each field at fault, as the form and the API's 400 pick them (the first per field). */
function messages(raw: Record<string, string>): Record<string, string | undefined> {
  const parsed = safeParse(searchParamsSchema, raw);
  if (parsed.success) return {};
  const byField: Record<string, string | undefined> = {};
  for (const issue of parsed.error.issues) byField[String(issue.path[0])] ??= issue.message;
  return byField;
}

describe("the search schema's messages", () => {
  it.each([
    [{ query: "   " }, "query", "Type more than spaces, or leave it empty."],
    [{ sender: "x".repeat(1001) }, "sender", "Use at most 1000 characters."],
    [{ smtp_helo_ip: "1".repeat(101) }, "smtp_helo_ip", "Use at most 100 characters."],
    [{ smtp_helo_ip: "not-an-ip" }, "smtp_helo_ip", "Use an IP address such as 192.0.2.1 or 2001:db8::1."],
    [{ smtp_helo_ip: "256.1.1.1" }, "smtp_helo_ip", "Use an IP address such as 192.0.2.1 or 2001:db8::1."],
    [{ start: "yesterday" }, "start", "Use an ISO 8601 date-time such as 2026-06-25T14:30:00Z."],
    [{ detections_only: "yes" }, "detections_only", 'Use "true" or "false".'],
    [{ final_disposition: "EVIL" }, "final_disposition", /^Use one of MALICIOUS, /],
    [{ per_page: "ten" }, "per_page", "Use a whole number."],
    [{ per_page: "1.5" }, "per_page", "Use a whole number."],
    [{ per_page: "0" }, "per_page", "Use at least 1."],
    [{ per_page: "5000" }, "per_page", "Use at most 1000."],
    [{ start: "2026-06-03T00:00:00Z", end: "2026-06-02T00:00:00Z" }, "start", "The start must come before the end."],
  ] as const)("%j: %s says %s", (raw, field, expected) => {
    const message = messages(raw)[field];
    if (typeof expected === "string") expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });

  it("takes an IPv4 or IPv6 address for the HELO IP", () => {
    for (const ip of ["192.0.2.1", "10.0.0.255", "2001:db8::1", "::ffff:192.0.2.1"]) expect(messages({ smtp_helo_ip: ip })).toEqual({});
  });

  it("never falls back to zod's bare default", () => {
    const bad = { query: " ", sender: "x".repeat(2000), start: "2026-13-01T00:00:00Z", end: "soon", submissions: "1", message_action: "?", delivery_status: "?", per_page: "-1" };
    const all = Object.values(messages(bad));
    expect(all).toHaveLength(8);
    for (const message of all) expect(message).not.toMatch(/^Invalid input|expected/);
  });
});
