import type * as z from "zod/v4/core";

// What a route sends: its value with only the fields its output schema names, at every depth. The value
// is already of the schema's type (the compiler checked it), so this removes rather than validates, and
// an object that holds nothing else is sent as it is: copying every message of a page (and then
// serialising the copies) cost a search route more than the rest of its own work.

type Step =
  | { kind: "copy" }
  | { kind: "object"; known: ReadonlySet<string>; nested: readonly (readonly [string, Step])[] }
  | { kind: "array"; item: Step };

const steps = new WeakMap<z.$ZodType, Step>();

function stepFor(schema: z.$ZodType): Step {
  let step = steps.get(schema);
  if (step) return step;
  const def = schema._zod.def;
  if (def.type === "optional" || def.type === "nullable" || def.type === "default" || def.type === "readonly") {
    step = stepFor((def as unknown as { innerType: z.$ZodType }).innerType);
  } else if (def.type === "object") {
    const shape = (def as unknown as { shape: Record<string, z.$ZodType> }).shape;
    const fields = Object.entries(shape).map(([key, field]) => [key, stepFor(field)] as const);
    step = { kind: "object", known: new Set(Object.keys(shape)), nested: fields.filter(([, field]) => field.kind !== "copy") };
  } else if (def.type === "array") {
    step = { kind: "array", item: stepFor((def as unknown as { element: z.$ZodType }).element) };
  } else {
    step = { kind: "copy" };
  }
  steps.set(schema, step);
  return step;
}

function applyToArray(step: Step, items: readonly unknown[]): readonly unknown[] {
  let out: unknown[] | null = null;
  items.forEach((item, index) => {
    const projected = apply(step, item);
    if (projected !== item) out ??= items.slice(0, index);
    out?.push(projected);
  });
  return out ?? items;
}

function applyToObject(step: Extract<Step, { kind: "object" }>, source: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | null = null;
  for (const key in source) {
    if (step.known.has(key)) continue;
    out = {};
    for (const known of step.known) if (known in source) out[known] = source[known];
    break;
  }
  for (const [key, field] of step.nested) {
    if (!(key in source)) continue;
    const projected = apply(field, source[key]);
    if (projected === source[key]) continue;
    out ??= { ...source };
    out[key] = projected;
  }
  return out ?? source;
}

function apply(step: Step, value: unknown): unknown {
  if (value === null || value === undefined || step.kind === "copy") return value;
  if (step.kind === "array") return Array.isArray(value) ? applyToArray(step.item, value) : value;
  return typeof value === "object" ? applyToObject(step, value as Record<string, unknown>) : value;
}

export function projectOnto<S extends z.$ZodType>(schema: S, value: z.output<S>): z.output<S> {
  return apply(stepFor(schema), value) as z.output<S>;
}
