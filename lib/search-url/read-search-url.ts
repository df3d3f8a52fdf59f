import { EMPTY_SEARCH, isSearchUrlKey, readField, type SearchUrlKey, type SearchUrlState } from "./parsers";

// The one way a search is read from a URL, on the server and in the browser alike: the search that was
// understood, and every part that was not, with why. Nothing the URL says is dropped without a problem
// naming it, so the page can never show some other search in its place without saying so.

/** A part of the URL that was not understood: the parameter, the text it held, and why. */
export type UrlProblem = { field: string; value: string; reason: string };

export type SearchUrlReading = {
  search: SearchUrlState;
  problems: UrlProblem[];
  /** The URL's own text of each search field it could not use, so the form can keep what the user wrote. */
  given: Partial<Record<SearchUrlKey, string>>;
};

type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

function grouped(input: QueryInput): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const add = (key: string, value: string) => groups.set(key, [...(groups.get(key) ?? []), value]);
  if (input instanceof URLSearchParams) {
    for (const [key, value] of input) add(key, value);
  } else {
    for (const [key, value] of Object.entries(input)) for (const one of typeof value === "string" ? [value] : (value ?? [])) add(key, one);
  }
  return groups;
}

export function readSearchUrl(input: QueryInput): SearchUrlReading {
  const search: Record<string, string | null> = { ...EMPTY_SEARCH };
  const problems: UrlProblem[] = [];
  const given: SearchUrlReading["given"] = {};

  for (const [key, values] of grouped(input)) {
    const [raw] = values;
    if (!isSearchUrlKey(key)) {
      problems.push({ field: key, value: values.join(", "), reason: "Not a search field this page knows." });
    } else if (values.length > 1 || raw === undefined) {
      problems.push({ field: key, value: values.join(", "), reason: `Given ${values.length} times; a search takes one value.` });
    } else {
      const reading = readField(key, raw);
      if (reading.ok) search[key] = reading.value;
      else {
        problems.push({ field: key, value: raw, reason: reading.reason });
        given[key] = raw;
      }
    }
  }

  // A quick range always means "up to now"; a start or end beside it would silently lose.
  if (search.range) {
    for (const key of ["start", "end"] as const) {
      const value = search[key];
      if (value === null || value === undefined) continue;
      problems.push({ field: key, value, reason: `Not used: range=${search.range} already sets the time range. Give either a range or a start and end.` });
      search[key] = null;
    }
  }
  return { search: search as SearchUrlState, problems, given };
}
