import "server-only";
import type { z } from "zod";
import { ApiError, badRequest } from "@/lib/http/api-error";
import { readCappedText } from "@/lib/http/read-capped-text";

// Every JSON body the API takes (a triage change, a note, a saved view) is read here: at most 16 KiB
// unless the route says more (a bulk change), then parsed by the route's schema, each problem named.

const MAX_BODY_BYTES = 16 * 1024;

/** The request's JSON body read through `schema`, or a 400/413 naming what is wrong. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, maxBytes = MAX_BODY_BYTES): Promise<z.output<S>> {
  const text = await readCappedText(request.body, maxBytes);
  if (text === null) throw new ApiError("too_large", `The request body is larger than ${maxBytes / 1024} KiB.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badRequest({ body: ["must be JSON"] }, "The request body is not JSON.");
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fields[issue.path.join(".") || "body"] ??= []).push(issue.message);
  throw badRequest(fields, "The change is not valid.");
}
