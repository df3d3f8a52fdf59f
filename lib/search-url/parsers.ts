import { createParser, createSerializer, parseAsStringLiteral, type inferParserType, type SingleParserBuilder } from "nuqs/server";
import { searchFields } from "@/lib/investigate/search-params";
import { safeParse } from "@/lib/validation/core-builders";
import { RELATIVE_RANGE_KEYS } from "./relative-range";

// The page's URL, one parser per key, built from the API's own zod schema: a link to the page and a call
// to the API take the same parameters. `nuqs/server` holds no "use client", so the server page and the
// client hooks share this map.

/** The API's search parameters the page keeps in its URL. The cursor belongs to one run of a search and
 *  `action_log` was removed upstream, so neither is part of a link. */
/** The fields behind "Advanced", which opens by itself when any of them is set. */
export const ADVANCED_FIELDS = [
  "sender",
  "recipient",
  "domain",
  "subject",
  "exact_subject",
  "alert_id",
  "message_id",
  "message_action",
  "delivery_status",
  "submissions",
  "smtp_helo_ip",
  "metric",
  "per_page",
] as const satisfies ReadonlyArray<keyof typeof searchFields>;
export type AdvancedField = (typeof ADVANCED_FIELDS)[number];

export const PAGE_FIELDS = ["query", "start", "end", "detections_only", "final_disposition", ...ADVANCED_FIELDS] as const satisfies ReadonlyArray<
  keyof typeof searchFields
>;
export type PageField = (typeof PAGE_FIELDS)[number];

/** Keeps a value the schema accepts, in its canonical spelling; anything else reads as absent. */
function fieldParser(name: PageField): SingleParserBuilder<string> {
  const schema = searchFields[name];
  return createParser<string>({
    parse: (raw) => {
      const parsed = safeParse(schema, raw);
      return parsed.success && parsed.data !== undefined ? String(parsed.data) : null;
    },
    serialize: (value) => value,
  });
}

type FieldParsers = { [Name in PageField]: SingleParserBuilder<string> };

const fieldParsers = Object.fromEntries(PAGE_FIELDS.map((name) => [name, fieldParser(name)])) as FieldParsers;

export const searchUrlParsers = {
  ...fieldParsers,
  /** A quick range; when set it wins over `start` / `end`. */
  range: parseAsStringLiteral(RELATIVE_RANGE_KEYS),
};

export type SearchUrlState = inferParserType<typeof searchUrlParsers>;
export type SearchUrlKey = keyof SearchUrlState;
export const SEARCH_URL_KEYS = Object.keys(searchUrlParsers) as SearchUrlKey[];

/** The query string of a search, in a stable key order, without the unset keys. */
export const serializeSearchUrl = createSerializer(searchUrlParsers);
