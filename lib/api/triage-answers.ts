import "server-only";
import type { z } from "zod";
import { ApiError, badRequest } from "@/lib/http/api-error";
import { readCappedText } from "@/lib/http/read-capped-text";
import { describeStale, StaleChange, TriageRefusal } from "@/lib/triage/triage";

// What the triage API reads (a change, a note: JSON of at most 16 KiB) and how its refusals are said;
// its answer is lib/triage/triage-answer.ts.

const MAX_BODY_BYTES = 16 * 1024;

/** The request's JSON body read through `schema`, or a 400/413 naming what is wrong. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const text = await readCappedText(request.body, MAX_BODY_BYTES);
  if (text === null) throw new ApiError("too_large", `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);
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

/** A refusal by triage's rules, or a stale change, in the API's words. */
export function triageError(error: unknown): unknown {
  if (error instanceof StaleChange) return new ApiError("conflict", describeStale(error));
  if (error instanceof TriageRefusal) {
    if (error.kind === "bad_request") return badRequest(error.fields ?? { body: [error.message] }, error.message);
    return new ApiError(error.kind, error.message);
  }
  return error;
}
