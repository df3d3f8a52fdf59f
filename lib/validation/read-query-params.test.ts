import { expect, it } from "vitest";
import { z } from "zod";
import { readQueryParams } from "./read-query-params";

const schema = z.object({ view: z.enum(["mine", "all"]).optional() });

it("names each unknown, repeated or refused parameter, whatever its name", () => {
  const read = readQueryParams(new URLSearchParams("view=mine&view=all&constructor=1&__proto__=2&toString=x"), schema, "is not a filter");
  if (read.ok) throw new Error("read as a filter");
  // Object.entries, not a literal to compare with: `__proto__` in a literal sets its prototype.
  expect(Object.entries(read.fields)).toEqual([
    ["view", ["is given more than once"]],
    ["constructor", ["is not a filter"]],
    ["__proto__", ["is not a filter"]],
    ["toString", ["is not a filter"]],
  ]);
  expect(readQueryParams(new URLSearchParams("view=some"), schema, "?")).toMatchObject({ ok: false, fields: { view: [expect.any(String)] } });
  expect(readQueryParams(new URLSearchParams("view=all"), schema, "?")).toEqual({ ok: true, query: { view: "all" } });
});
