import { describe, expect, it } from "vitest";
import { RESULTS_PER_PAGE, EMPTY_SEARCH, freezeSearch, startRun, hasAdvanced, resolveWindow, searchFromQuery, searchToQuery, toApiQuery } from "./search-url";
import { draftFromSearch, searchFromDraft } from "./search-draft";
import { fromInputValue, toInputValue } from "./datetime-input";
import { readSearchUrl } from "./read-search-url";

const NOW = Date.parse("2026-06-25T12:00:00Z");

describe("searchFromQuery", () => {
  it("keeps what the API schema accepts, canonically, and drops the rest", () => {
    const search = searchFromQuery(
      new URLSearchParams("query=%20invoice%20&final_disposition=EVIL&per_page=50&detections_only=maybe&range=24h&cursor=abc&unknown=1"),
    );
    expect(search.query).toBe("invoice");
    expect(search.final_disposition).toBeNull();
    expect(search.per_page).toBe("50");
    expect(search.detections_only).toBeNull();
    expect(search.range).toBe("24h");
    expect(searchToQuery(search).toString()).toBe("query=invoice&per_page=50&range=24h");
  });

  it("ignores a range it does not know", () => {
    expect(searchFromQuery(new URLSearchParams("range=2y")).range).toBeNull();
  });
});

describe("toApiQuery", () => {
  it("resolves a relative range into the window of the run and adds a page size", () => {
    const search = searchFromQuery(new URLSearchParams("query=a&range=1h&start=2026-01-01T00:00:00Z"));
    const window = resolveWindow(search, NOW);
    expect(window).toEqual({ start: "2026-06-25T11:00:00.000Z", end: "2026-06-25T12:00:00.000Z" });
    const query = toApiQuery(search, window, "next-cursor");
    expect(Object.fromEntries(query)).toEqual({
      query: "a",
      start: "2026-06-25T11:00:00.000Z",
      end: "2026-06-25T12:00:00.000Z",
      per_page: String(RESULTS_PER_PAGE),
      cursor: "next-cursor",
    });
    expect(query.has("range")).toBe(false);
  });

  it("sends fixed times as they are", () => {
    const search = searchFromQuery(new URLSearchParams("start=2026-06-01T00:00:00Z&per_page=10"));
    expect(resolveWindow(search, NOW)).toBeNull();
    expect(toApiQuery(search, null).toString()).toBe("start=2026-06-01T00%3A00%3A00Z&per_page=10");
  });
});

describe("freezeSearch", () => {
  it("turns a relative range into the absolute window it ran over", () => {
    const search = searchFromQuery(new URLSearchParams("query=a&range=7d"));
    const frozen = freezeSearch(search, startRun(search, NOW));
    expect(searchToQuery(frozen).toString()).toBe("query=a&start=2026-06-18T12%3A00%3A00.000Z&end=2026-06-25T12%3A00%3A00.000Z");
  });

  it("pins a search without an end to the moment it ran", () => {
    const search = searchFromQuery(new URLSearchParams("query=a"));
    expect(freezeSearch(search, startRun(search, NOW)).end).toBe("2026-06-25T12:00:00.000Z");
    const fixed = searchFromQuery(new URLSearchParams("end=2026-06-01T00:00:00Z"));
    expect(freezeSearch(fixed, startRun(fixed, NOW))).toEqual(fixed);
  });
});

describe("the form draft", () => {
  it("round-trips a search through the form", () => {
    const search = searchFromQuery(new URLSearchParams("query=x&start=2026-06-01T08:00:00Z&end=2026-06-02T08:00:00Z&sender=a%40b.c&detections_only=false"));
    const draft = draftFromSearch(search);
    expect(draft.range).toBe("custom");
    expect(draft.start).toBe("2026-06-01T08:00:00Z");
    const result = searchFromDraft(draft);
    expect(result.ok && searchToQuery(result.search).toString()).toBe(searchToQuery(search).toString());
    expect(hasAdvanced(search)).toBe(true);
  });

  it("shows Cloudflare's detections-only default and writes it on submit", () => {
    const draft = draftFromSearch(EMPTY_SEARCH);
    expect(draft.detections_only).toBe("true");
    expect(draft.range).toBe("any");
    const result = searchFromDraft(draft);
    expect(result.ok && result.search.detections_only).toBe("true");
  });

  it("names each bad field with the schema's message", () => {
    const draft = { ...draftFromSearch(EMPTY_SEARCH), range: "custom" as const, start: "2026-06-03T00:00:00Z", end: "2026-06-02T00:00:00Z", per_page: "5000" };
    const result = searchFromDraft(draft);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.start).toMatch(/before the end/);
      expect(result.errors.per_page).toMatch(/at most 1000/);
    }
  });

  it("asks for a start or an end when the range is custom", () => {
    const result = searchFromDraft({ ...draftFromSearch(EMPTY_SEARCH), range: "custom" });
    expect(!result.ok && result.errors.start).toMatch(/start, an end/);
  });

  it("refuses a start in the future", () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const result = searchFromDraft({ ...draftFromSearch(EMPTY_SEARCH), range: "custom", start: future });
    expect(!result.ok && result.errors.start).toMatch(/future/);
  });

  it("keeps the URL's text of a field it could not use, so the user can correct it", () => {
    const { search, given } = readSearchUrl(new URLSearchParams(`query=${"a".repeat(1001)}&start=garbage&per_page=0`));
    const draft = draftFromSearch(search, given);
    expect([draft.query.length, draft.start, draft.per_page, draft.range]).toEqual([1001, "garbage", "0", "custom"]);
    const result = searchFromDraft(draft);
    expect(!result.ok && [result.errors.query, result.errors.start, result.errors.per_page]).toEqual([
      "Use at most 1000 characters.",
      "Use an ISO 8601 date-time such as 2026-06-25T14:30:00Z.",
      "Use at least 1.",
    ]);
  });

  it("keeps a quick range relative", () => {
    const result = searchFromDraft({ ...draftFromSearch(EMPTY_SEARCH), range: "30d", start: "2026-06-03T00:00:00Z" });
    expect(result.ok && [result.search.range, result.search.start]).toEqual(["30d", null]);
  });
});

describe("datetime-local values", () => {
  it("reads and writes UTC wall-clock time", () => {
    expect(fromInputValue("2026-06-25T14:30", "utc")).toBe("2026-06-25T14:30:00Z");
    expect(toInputValue("2026-06-25T14:30:00Z", "utc")).toBe("2026-06-25 14:30:00");
    expect(fromInputValue("2026-06-25 14:30:05", "utc")).toBe("2026-06-25T14:30:05Z");
  });

  it("refuses dates that do not exist", () => {
    expect(fromInputValue("2026-02-30T10:00", "utc")).toBeNull();
    expect(fromInputValue("yesterday", "local")).toBeNull();
  });

  it("round-trips local time", () => {
    const iso = fromInputValue("2026-03-10T09:15:30", "local");
    expect(iso && toInputValue(iso, "local")).toBe("2026-03-10 09:15:30");
  });
});
