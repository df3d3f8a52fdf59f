import type * as z from "zod/v4/core";

// What a route sends: its value with only the fields its output schema names, at every depth. The value
// is already of the schema's type (the compiler checked it), so this copies rather than validates:
// checking every field of every message again cost more than the rest of a search route's own work.

type Step =
  | { kind: "copy" }
  // Fields copied as they are, apart from those projected in turn: most of a message is plain values.
  | { kind: "object"; plain: readonly string[]; nested: readonly (readonly [string, Step])[] }
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
    step = { kind: "object", plain: fields.filter(([, field]) => field.kind === "copy").map(([key]) => key), nested: fields.filter(([, field]) => field.kind !== "copy") };
  } else if (def.type === "array") {
    step = { kind: "array", item: stepFor((def as unknown as { element: z.$ZodType }).element) };
  } else {
    step = { kind: "copy" };
  }
  steps.set(schema, step);
  return step;
}

function apply(step: Step, value: unknown): unknown {
  if (value === null || value === undefined || step.kind === "copy") return value;
  if (step.kind === "array") return Array.isArray(value) ? value.map((item: unknown) => apply(step.item, item)) : value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of step.plain) if (key in source) out[key] = source[key];
  for (const [key, field] of step.nested) if (key in source) out[key] = apply(field, source[key]);
  return out;
}

export function projectOnto<S extends z.$ZodType>(schema: S, value: z.output<S>): z.output<S> {
  return apply(stepFor(schema), value) as z.output<S>;
}
