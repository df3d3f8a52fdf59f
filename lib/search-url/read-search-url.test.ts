import { describe, expect, it } from "vitest";
import { readSearchUrl } from "./read-search-url";
import { searchToQuery } from "./search-url";

const read = (query: string) => readSearchUrl(new URLSearchParams(query));

describe("readSearchUrl", () => {
  it("reads a search it understands in full, with no problems", () => {
    const { search, problems } = read("query=%20invoice%20&range=7d&detections_only=false&per_page=50&final_disposition=SPOOF");
    expect(problems).toEqual([]);
    expect(searchToQuery(search).toString()).toBe("query=invoice&detections_only=false&final_disposition=SPOOF&per_page=50&range=7d");
  });

  it("names a disposition Cloudflare reports but its filter does not take", () => {
    const { search, problems, given } = read("final_disposition=MALICIOUS-BEC&query=x");
    expect(problems).toEqual([
      {
        field: "final_disposition",
        value: "MALICIOUS-BEC",
        reason: "MALICIOUS-BEC is a disposition Cloudflare reports, but its search filter accepts only MALICIOUS, SUSPICIOUS, SPOOF, SPAM, BULK and NONE.",
      },
    ]);
    expect(search.final_disposition).toBeNull();
    expect(search.query).toBe("x");
    expect(given.final_disposition).toBe("MALICIOUS-BEC");
  });

  it("names a value outside any list with the schema's own message", () => {
    expect(read("final_disposition=EVIL").problems[0]?.reason).toBe("Use one of MALICIOUS, SUSPICIOUS, SPOOF, SPAM, BULK, NONE.");
  });

  it("names a start that is not a date-time", () => {
    expect(read("start=garbage").problems).toEqual([
      { field: "start", value: "garbage", reason: "Use an ISO 8601 date-time such as 2026-06-25T14:30:00Z." },
    ]);
  });

  it("names a quick range the page does not offer", () => {
    const { search, problems } = read("range=90d");
    expect(search.range).toBeNull();
    expect(problems).toEqual([{ field: "range", value: "90d", reason: "Not a quick range this page offers: use 1h, 24h, 7d or 30d." }]);
  });

  it("names a page size out of bounds", () => {
    expect(read("per_page=0").problems).toEqual([{ field: "per_page", value: "0", reason: "Use at least 1." }]);
    expect(read("per_page=5000").problems[0]?.reason).toBe("Use at most 1000.");
  });

  it("names a query over its limit and keeps its text", () => {
    const long = "a".repeat(3000);
    const { search, problems, given } = read(`query=${long}`);
    expect(problems).toEqual([{ field: "query", value: long, reason: "Use at most 1000 characters." }]);
    expect(search.query).toBeNull();
    expect(given.query).toBe(long);
  });

  it("names parameters it does not know, and ones given twice", () => {
    expect(read("disposition=SPAM&cursor=abc&query=a&query=b").problems).toEqual([
      { field: "disposition", value: "SPAM", reason: "Not a search field this page knows." },
      { field: "cursor", value: "abc", reason: "Not a search field this page knows." },
      { field: "query", value: "a, b", reason: "Given 2 times; a search takes one value." },
    ]);
  });

  it("names a start or end that a quick range would override", () => {
    const { search, problems } = read("range=24h&start=2026-06-01T00:00:00Z");
    expect(search.start).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: "start", value: "2026-06-01T00:00:00Z" });
  });

  it("reads a server component's searchParams the same way", () => {
    const { search, problems } = readSearchUrl({ query: "x", per_page: ["1", "2"], range: undefined });
    expect(search.query).toBe("x");
    expect(problems.map((problem) => problem.field)).toEqual(["per_page"]);
  });

  it("treats an empty value as unset", () => {
    expect(read("query=&start=&range=").problems).toEqual([]);
  });
});
