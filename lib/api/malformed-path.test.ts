import { describe, expect, it } from "vitest";
import { apiErrorBodySchema } from "@/lib/http/error-shape";
import { isMalformedPath, malformedPathResponse } from "./malformed-path";

describe("isMalformedPath", () => {
  it("finds the paths Next.js cannot decode", () => {
    for (const path of ["/messages/%", "/api/messages/%zz", "/api/messages/a%zz/trace", "/api/searches/%E0%A4%A", "/api/messages/%C0%AE%C0%AE"]) {
      expect(isMalformedPath(path), path).toBe(true);
    }
  });

  it("leaves encoded ids and other valid escapes alone", () => {
    for (const path of ["/api/messages/4Njp%3A2024-01-05T10%3A00%3A00-1", "/messages/%25zz", "/messages/%E2%80%AE", "/messages"]) {
      expect(isMalformedPath(path), path).toBe(false);
    }
  });
});

describe("malformedPathResponse", () => {
  it("is a 400 in the one error shape, naming the path, with the data API's headers", async () => {
    const response = malformedPathResponse(true);
    expect(response.status).toBe(400);
    expect(apiErrorBodySchema.parse(await response.json()).error.fields).toHaveProperty("path");
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age/);
    expect(malformedPathResponse(false).headers.get("strict-transport-security")).toBeNull();
  });
});
