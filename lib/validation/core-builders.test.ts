import { describe, expect, it } from "vitest";
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the reference these builders must match; tests never reach the browser
import * as mini from "zod/mini";
import type { $ZodType } from "zod/v4/core";
import { array, check, coercedNumber, enumOf, gte, int, isoDateTime, lte, maxLength, minLength, object, optional, pipe, safeParse, string, superRefine, transform, trim } from "./core-builders";

/** What a parse gives: the data, or each issue's path and message. */
const outcome = (schema: $ZodType, value: unknown) => {
  const parsed = safeParse(schema, value);
  return parsed.success ? { data: parsed.data } : { issues: parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]) };
};

describe("the core builders", () => {
  it("parse as zod/mini's builders of the same name do", () => {
    const ours = check(
      object({
        text: optional(check(string({ error: "text" }), trim(), minLength(1, "empty"), maxLength(5, "long"))),
        flag: optional(pipe(enumOf(["true", "false"], { error: "flag" }), transform((value) => value === "true"))),
        when: optional(isoDateTime({ offset: true, error: "when" })),
        count: optional(check(coercedNumber({ error: "number" }), int("whole"), gte(1, "small"), lte(10, "big"))),
        list: optional(check(array(check(string(), maxLength(2, "item"))), maxLength(2, "list"))),
      }),
      superRefine((value, ctx) => {
        if (value.text === "stop") ctx.addIssue({ code: "custom", path: ["text"], message: "refined" });
      }),
    );
    const theirs = mini.object({
      text: mini.optional(mini.string({ error: "text" }).check(mini.trim(), mini.minLength(1, "empty"), mini.maxLength(5, "long"))),
      flag: mini.optional(mini.pipe(mini.enum(["true", "false"], { error: "flag" }), mini.transform((value) => value === "true"))),
      when: mini.optional(mini.iso.datetime({ offset: true, error: "when" })),
      count: mini.optional(mini.coerce.number({ error: "number" }).check(mini.int("whole"), mini.gte(1, "small"), mini.lte(10, "big"))),
      list: mini.optional(mini.array(mini.string().check(mini.maxLength(2, "item"))).check(mini.maxLength(2, "list"))),
    }).check(
      mini.superRefine((value, ctx) => {
        if (value.text === "stop") ctx.addIssue({ code: "custom", path: ["text"], message: "refined" });
      }),
    );
    const inputs: unknown[] = [
      {},
      { text: "  ab  ", flag: "false", when: "2026-06-25T14:30:00+02:00", count: "7", list: ["a", "bc"] },
      { text: "   " },
      { text: "toolong" },
      { text: "stop" },
      { text: 3 },
      { flag: "yes" },
      { when: "2026-02-30T10:00:00Z" },
      { when: "2026-06-25T14:30" },
      { count: "x" },
      { count: "2.5" },
      { count: "0" },
      { count: "11" },
      { list: ["abc"] },
      { list: ["a", "b", "c"] },
      "not an object",
    ];
    for (const input of inputs) expect(outcome(ours, input), JSON.stringify(input)).toEqual(outcome(theirs, input));
  });

  it("check adds to a schema's checks without changing the original", () => {
    const short = check(string(), maxLength(3, "long"));
    const shortAndNonEmpty = check(short, minLength(1, "empty"));
    expect(outcome(shortAndNonEmpty, "")).toEqual({ issues: [["", "empty"]] });
    expect(outcome(shortAndNonEmpty, "abcd")).toEqual({ issues: [["", "long"]] });
    expect(outcome(short, "")).toEqual({ data: "" });
  });
});
