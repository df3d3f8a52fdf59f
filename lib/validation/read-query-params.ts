import { z } from "zod";

// A filter read from a URL's parameters by its schema (an object of optional fields): each name the
// schema does not know, each name given twice and each value it refuses is a problem, by name. Names
// come from whoever wrote the URL: `constructor` or `__proto__` are names like any other here.

export type QueryParamsResult<T> = { ok: true; query: T } | { ok: false; fields: Record<string, string[]> };

export function readQueryParams<S extends z.ZodObject>(params: URLSearchParams, schema: S, unknownName: string): QueryParamsResult<z.output<S>> {
  const fields = new Map<string, string[]>();
  const problem = (name: string, message: string) => fields.set(name, [...(fields.get(name) ?? []), message]);
  const values = new Map<string, string>();
  for (const [name, value] of params) {
    if (!Object.hasOwn(schema.shape, name)) problem(name.slice(0, 40), unknownName);
    else if (values.has(name)) problem(name, "is given more than once");
    else values.set(name, value);
  }
  const parsed = schema.safeParse(Object.fromEntries(values));
  if (!parsed.success) for (const [name, messages] of Object.entries(z.flattenError(parsed.error).fieldErrors)) for (const message of (messages as string[] | undefined) ?? []) problem(name, message);
  if (fields.size > 0 || !parsed.success) return { ok: false, fields: Object.fromEntries(fields) };
  return { ok: true, query: parsed.data };
}
