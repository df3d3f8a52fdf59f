import { z } from "zod";

// Cloudflare leaves a field out or sends null for the same thing; the app wants one absence per kind:
// null for a value, [] for a list. This derives the app's schema and value from Cloudflare's for any
// field read as it comes, so a field added to the wire schema reaches the app with no other change.

type Unwrapped<S> = S extends z.ZodOptional<infer I> ? Unwrapped<I> : S extends z.ZodNullable<infer I> ? Unwrapped<I> : S;
type SettledField<S> = S extends z.ZodOptional<z.ZodType> | z.ZodNullable<z.ZodType>
  ? Unwrapped<S> extends z.ZodArray<z.ZodType>
    ? Unwrapped<S>
    : z.ZodNullable<Unwrapped<S>>
  : S;
export type SettledShape<T extends z.ZodRawShape> = { [K in keyof T]: SettledField<T[K]> };
export type Settled<T extends z.ZodRawShape> = z.output<z.ZodObject<SettledShape<T>>>;

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  return inner;
}

const isOptional = (schema: z.core.$ZodType) => schema instanceof z.ZodOptional || schema instanceof z.ZodNullable;

/** Each optional field of `shape` made present: nullable, or a plain list. Required fields stay. */
export function settledShape<T extends z.ZodRawShape>(shape: T): SettledShape<T> {
  const entries = Object.entries(shape).map(([key, schema]) => {
    if (!isOptional(schema)) return [key, schema];
    const inner = unwrap(schema);
    return [key, inner instanceof z.ZodArray ? inner : z.nullable(inner)];
  });
  return Object.fromEntries(entries) as SettledShape<T>;
}

// Which fields of a shape are lists, worked out once per shape: settling runs for every message of a page.
const plans = new WeakMap<z.ZodRawShape, readonly (readonly [string, boolean])[]>();

function planOf(shape: z.ZodRawShape): readonly (readonly [string, boolean])[] {
  let plan = plans.get(shape);
  if (!plan) {
    plan = Object.entries(shape).map(([key, schema]) => [key, unwrap(schema) instanceof z.ZodArray] as const);
    plans.set(shape, plan);
  }
  return plan;
}

/** The fields of `shape` from a value Cloudflare sent (and parsed): absences become null, or [] for a list. */
export function settleFields<T extends z.ZodRawShape>(shape: T, value: Readonly<Record<string, unknown>>): Settled<T> {
  const settled: Record<string, unknown> = {};
  for (const [key, isList] of planOf(shape)) settled[key] = value[key] ?? (isList ? [] : null);
  return settled as Settled<T>;
}
