import {
  $ZodArray,
  $ZodEnum,
  $ZodISODateTime,
  $ZodNumber,
  $ZodNumberFormat,
  $ZodObject,
  $ZodOptional,
  $ZodPipe,
  $ZodString,
  $ZodTransform,
  _array,
  _coercedNumber,
  _enum,
  _int,
  _isoDateTime,
  _pipe,
  _string,
  _transform,
  clone,
  util,
  type $ZodArrayParams,
  type $ZodCheck,
  type $ZodCheckNumberFormatParams,
  type $ZodEnumParams,
  type $ZodISODateTimeParams,
  type $ZodNumberParams,
  type $ZodObjectParams,
  type $ZodLooseShape,
  type $strip,
  type $ZodStringParams,
  type $ZodType,
  type output,
} from "zod/v4/core";

// The few zod/mini builders that code running in the browser uses, with zod/mini's names and
// parameters, built on zod/v4/core (the layer zod and zod/mini themselves are made of). zod/mini's
// schemas module refers to every schema class of zod's core, so once the browser imported it, Turbopack
// kept all of them (credit cards, IBANs, JWTs, their regexes …) for the dozen classes we use. Built from
// here, only those are bundled. Schemas stay plain zod
// schemas: checked with `safeParse(schema, value)`, typed with `output<typeof schema>`.

export { _gte as gte, _lte as lte, _maxLength as maxLength, _minLength as minLength, _regex as regex, _superRefine as superRefine, _trim as trim } from "zod/v4/core";
export { flattenError, parse, safeParse, type output } from "zod/v4/core";

/** zod/mini's `.check()`: the same schema with more checks (refinements) after its own. */
export function check<T extends $ZodType>(schema: T, ...checks: $ZodCheck<output<T>>[]): T {
  const def = schema._zod.def;
  return clone(schema, { ...def, checks: [...(def.checks ?? []), ...checks] } as T["_zod"]["def"], { parent: true });
}

export const string = (params?: string | $ZodStringParams): $ZodString<string> => _string($ZodString, params) as $ZodString<string>;

export const isoDateTime = (params?: string | $ZodISODateTimeParams): $ZodISODateTime => _isoDateTime($ZodISODateTime, params);

/** zod/mini's `coerce.number`: `Number(input)`, then the number's checks. */
export const coercedNumber = (params?: string | $ZodNumberParams): $ZodNumber<unknown> => _coercedNumber($ZodNumber, params);

/** A whole number in the safe range, as a check on a number (zod/mini's `int`). */
export const int = (params?: string | $ZodCheckNumberFormatParams): $ZodNumberFormat => _int($ZodNumberFormat, params);

export const enumOf = <const T extends readonly string[]>(values: T, params?: string | $ZodEnumParams): $ZodEnum<util.ToEnum<T[number]>> =>
  _enum($ZodEnum, [...values], params);

export const optional = <T extends $ZodType>(innerType: T): $ZodOptional<T> => new $ZodOptional({ type: "optional", innerType }) as $ZodOptional<T>;

export const transform = <I = unknown, O = I>(fn: (input: I) => O): $ZodTransform<Awaited<O>, I> => _transform($ZodTransform, fn);

export const pipe = <const A extends $ZodType, B extends $ZodType<unknown, output<A>> = $ZodType<unknown, output<A>>>(in_: A, out: B | $ZodType<unknown, output<A>>): $ZodPipe<A, B> =>
  _pipe<A, B>($ZodPipe, in_, out);

export const array = <T extends $ZodType>(element: T, params?: string | $ZodArrayParams): $ZodArray<T> => _array($ZodArray, element, params);

export const object = <T extends $ZodLooseShape>(shape: T, params?: string | $ZodObjectParams): $ZodObject<util.Writeable<T>, $strip> =>
  new $ZodObject({ type: "object", shape, ...util.normalizeParams(params) }) as $ZodObject<util.Writeable<T>, $strip>;
