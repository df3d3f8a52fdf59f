import { describe, expect, it } from "vitest";
import { z } from "zod";
import { projectOnto } from "./project";

describe("projectOnto", () => {
  const schema = z.object({ a: z.string(), nested: z.object({ b: z.number() }).nullable(), list: z.array(z.object({ c: z.boolean() })), bag: z.record(z.string(), z.unknown()) });

  it("keeps only what the schema names, at every depth; records and values are kept as they are", () => {
    const value = { a: "x", secret: 1, nested: { b: 2, secret: 3 }, list: [{ c: true, secret: 4 }], bag: { anything: 5 } };
    expect(projectOnto(schema, value)).toEqual({ a: "x", nested: { b: 2 }, list: [{ c: true }], bag: { anything: 5 } });
    expect(projectOnto(schema, { ...value, nested: null })).toEqual({ a: "x", nested: null, list: [{ c: true }], bag: { anything: 5 } });
  });

  it("sends a value that holds nothing else as it is, and copies only where something must go", () => {
    const clean = { a: "x", nested: { b: 2 }, list: [{ c: true }, { c: false }], bag: {} };
    expect(projectOnto(schema, clean)).toBe(clean);
    const deep = { ...clean, list: [{ c: true }, { c: false, secret: 1 }] };
    const projected = projectOnto(schema, deep);
    expect(projected.list).toEqual([{ c: true }, { c: false }]);
    expect(projected.list[0]).toBe(deep.list[0]);
    expect(projected.nested).toBe(deep.nested);
  });
});
