import { z } from "zod";

// Kept out of enums.ts, whose lists the browser imports: the schemas that use this stay on the server.

/**
 * A response enumeration that keeps unknown values. The output type stays `string` on purpose:
 * code that branches on a value must handle the ones it does not know.
 */
export function tolerantEnum<const T extends readonly [string, ...string[]]>(known: T) {
  return z.union([z.enum(known), z.string()]);
}
