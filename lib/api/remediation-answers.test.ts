import { expect, it } from "vitest";
import { ApiError } from "@/lib/http/api-error";
import { parseJobSearch } from "./remediation-answers";

const period = { start: "2026-12-01T00:00:00Z", end: "2026-12-05T00:00:00Z" };

it("reads a whole-search request's search as the search route does, without its paging", () => {
  expect(parseJobSearch({ ...period, final_disposition: "SPAM", detections_only: "true", per_page: "100", cursor: "abc", page: "2", made_up: "x" })).toEqual({
    ...period,
    final_disposition: "SPAM",
    detections_only: true,
  });
});

it("refuses a search without a fixed period, or with a bad filter, naming the field", () => {
  const refusal = (raw: Record<string, string>) => {
    try {
      parseJobSearch(raw);
    } catch (error) {
      return error instanceof ApiError ? error.details : error;
    }
    throw new Error("accepted");
  };
  expect(refusal({ start: period.start })).toMatchObject({ fields: { "search.end": [expect.stringContaining("fixed period")] } });
  expect(refusal({ ...period, final_disposition: "EVIL" })).toMatchObject({ fields: { "search.final_disposition": [expect.stringContaining("Use one of")] } });
});
