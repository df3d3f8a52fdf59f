import {
  check,
  coercedNumber,
  enumOf,
  gte,
  int,
  isoDateTime,
  lte,
  maxLength,
  minLength,
  object,
  optional,
  pipe,
  regex,
  string,
  superRefine,
  transform,
  trim,
  type output,
} from "@/lib/validation/core-builders";
import type { $ZodType, $ZodTransform, $ZodPipe } from "zod/v4/core";
import { DELIVERY_STATUSES, FILTER_DISPOSITIONS, MESSAGE_ACTIONS } from "@/lib/cloudflare/schemas/enums";

// The search, as our URLs and API take it, in the names of Cloudflare's GET …/investigate
// (docs/cloudflare-api.md#search-parameters). One schema serves the form and the route handlers, so a
// search is the same thing in both. The deprecated `page` is not part of it and is never sent.
// Written with builders over zod's core (lib/validation/core-builders.ts): the browser parses every
// search URL and form with it, and classic zod cannot be tree-shaken (its methods sit on every schema).

// Every check carries its own message, written for the analyst who reads it beside the field or in the
// API's 400. The browser loads no locale (zod/locales' English one would be loaded with the search page,
// for wordings like "Too big: expected string to have <=1000 characters"); the server's classic
// zod loads it anyway, so a check left without a message would read differently in the form and the API.

export const MAX_PER_PAGE = 1000;
/** Clocks differ a little between the browser, us and Cloudflare; "now" may be a few seconds ahead. */
const CLOCK_SKEW_MS = 60_000;

const absent = (value: unknown) => (value === "" ? undefined : value);
/** `z.preprocess` of classic zod: the same pipe, spelled out (zod/mini has no preprocess). */
const preprocessed = <T extends $ZodType>(schema: T): $ZodPipe<$ZodTransform<unknown, unknown>, T> =>
  pipe<$ZodTransform<unknown, unknown>, T>(transform(absent), schema);

const text = (max = 1000) =>
  preprocessed(
    optional(
      check(
        string({ error: "Use text." }),
        trim(),
        minLength(1, "Type more than spaces, or leave it empty."),
        maxLength(max, `Use at most ${max} characters.`),
      ),
    ),
  );

/** An IPv4 address in dotted decimal, or an IPv6 address (hex groups and colons, an IPv4 tail allowed). */
const IP_ADDRESS = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}|(?=.*:)[0-9A-Fa-f:.]{2,45})$/;

const ipAddress = preprocessed(
  optional(check(string({ error: "Use text." }), trim(), maxLength(100, "Use at most 100 characters."), regex(IP_ADDRESS, "Use an IP address such as 192.0.2.1 or 2001:db8::1."))),
);

const flag = preprocessed(
  optional(pipe(enumOf(["true", "false"], { error: 'Use "true" or "false".' }), transform((value) => value === "true"))),
);

const dateTime = preprocessed(optional(isoDateTime({ offset: true, error: "Use an ISO 8601 date-time such as 2026-06-25T14:30:00Z." })));

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  preprocessed(optional(enumOf(values, { error: `Use one of ${values.join(", ")}.` })));

export const searchFields = {
  query: text(),
  start: dateTime,
  end: dateTime,
  detections_only: flag,
  final_disposition: oneOf(FILTER_DISPOSITIONS),
  message_action: oneOf(MESSAGE_ACTIONS),
  delivery_status: oneOf(DELIVERY_STATUSES),
  sender: text(),
  recipient: text(),
  domain: text(),
  subject: text(),
  exact_subject: text(),
  alert_id: text(),
  message_id: text(),
  smtp_helo_ip: ipAddress,
  submissions: flag,
  /** "Include the action log", in the original documentation; removed from the list params on 2026-05-20. */
  action_log: flag,
  metric: text(100),
  cursor: text(4096),
  per_page: preprocessed(
    optional(
      check(
        coercedNumber({ error: "Use a whole number." }),
        int("Use a whole number."),
        gte(1, "Use at least 1."),
        lte(MAX_PER_PAGE, `Use at most ${MAX_PER_PAGE}.`),
      ),
    ),
  ),
} as const;

export const searchParamsSchema = check(
  object(searchFields, { error: "Send the search as query parameters." }),
  superRefine((search, ctx) => {
    const now = Date.now();
    const start = search.start ? Date.parse(search.start) : undefined;
    const end = search.end ? Date.parse(search.end) : undefined;
    if (start !== undefined && start > now + CLOCK_SKEW_MS) {
      ctx.addIssue({ code: "custom", path: ["start"], message: "The start may not be in the future." });
    }
    if (start !== undefined && end !== undefined && start > end) {
      ctx.addIssue({ code: "custom", path: ["start"], message: "The start must come before the end." });
    }
  }),
);

export type SearchParams = output<typeof searchParamsSchema>;
export type SearchParamName = keyof typeof searchFields;
export const SEARCH_PARAM_NAMES = Object.keys(searchFields) as SearchParamName[];

/** Reads the parameters this schema knows from a query string; the last of repeated keys wins. */
export function searchParamsFromQuery(query: URLSearchParams): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const name of SEARCH_PARAM_NAMES) {
    const values = query.getAll(name);
    const last = values.at(-1);
    if (last !== undefined) raw[name] = last;
  }
  return raw;
}

/** Writes a search back to a query string in a stable order, leaving out what is unset. */
export function searchParamsToQuery(search: SearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of SEARCH_PARAM_NAMES) {
    const value = search[name];
    if (value !== undefined) query.set(name, String(value));
  }
  return query;
}
