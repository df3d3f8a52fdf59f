import "server-only";
import { NextRequest } from "next/server";
import { ApiError } from "@/lib/http/api-error";
import { audit } from "@/lib/audit/audit-log";
import { declaredLength, readCappedText } from "@/lib/http/read-capped-text";
import { processWide } from "@/lib/process-wide";
import { ConcurrencyGate, type Release } from "./concurrency-gate";
import { SIGN_IN_BUSY, SIGN_IN_TOO_LONG } from "./sign-in-errors";
import { SIGN_IN_LIMITS } from "./sign-in-limits";

// What a POST to next-auth must pass before next-auth sees it, since it is the one way in that needs
// no session. Its body and every field are bounded before any work is done (nothing lower-cased,
// hashed or remembered), and password checks are rationed: each costs tens of milliseconds of scrypt,
// so past a few at once a sign-in is refused at once instead of queued.

export type Admitted = { request: NextRequest; release: Release };

/** The request, rebuilt around the body read here, and its place in line; or an ApiError saying why not. */
export async function admitSignInPost(request: NextRequest, action: string | undefined): Promise<Admitted> {
  const text = await readBody(request);
  checkFields(text, request.headers.get("content-type") ?? "");
  const release = action === "callback/credentials" ? await passwordCheckPlace() : () => undefined;
  return { request: new NextRequest(request.url, { method: request.method, headers: request.headers, body: text }), release };
}

async function readBody(request: NextRequest): Promise<string> {
  const declared = declaredLength(request.headers);
  const text = declared !== null && declared > SIGN_IN_LIMITS.bodyBytes ? null : await readCappedText(request.body, SIGN_IN_LIMITS.bodyBytes);
  if (text === null) throw refuse(new ApiError("too_large", `A sign-in request is at most ${SIGN_IN_LIMITS.bodyBytes / 1024} KiB.`), "too large");
  return text;
}

function checkFields(text: string, contentType: string): void {
  const fields: Record<string, string[]> = {};
  for (const [name, value] of fieldsOf(text, contentType)) {
    const max = name === "username" ? SIGN_IN_LIMITS.usernameChars : name === "password" ? SIGN_IN_LIMITS.passwordChars : SIGN_IN_LIMITS.otherFieldChars;
    if (value.length > max) fields[name.slice(0, 64)] = [`At most ${max} characters.`];
  }
  if (Object.keys(fields).length > 0) throw refuse(new ApiError("bad_request", "A sign-in field is longer than any account's could be.", { fields }), "too long");
}

/** The fields as next-auth will read them: a form, or a JSON object of strings. */
function fieldsOf(text: string, contentType: string): Array<[string, string]> {
  if (contentType.includes("application/x-www-form-urlencoded")) return [...new URLSearchParams(text)];
  if (!contentType.includes("application/json")) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null) return [];
    return Object.entries(parsed).map(([name, value]) => [name, typeof value === "string" ? value : JSON.stringify(value) ?? ""]);
  } catch {
    return [];
  }
}

async function passwordCheckPlace(): Promise<Release> {
  const gate = processWide("password-checks", () => new ConcurrencyGate({ running: SIGN_IN_LIMITS.checksRunning, waiting: SIGN_IN_LIMITS.checksWaiting }));
  const place = gate.enter();
  if (!place) throw refuse(new ApiError("rate_limited", "The server is checking as many sign-ins as it can; try again in a moment.", { retryAfterSeconds: 1 }), "busy");
  return place;
}

function refuse(error: ApiError, reason: string): ApiError {
  audit({ event: "sign_in_failed", outcome: "failed", who: null, reason, status: error.status });
  return error;
}

/** The error as next-auth's browser client reads it (the code in `url`'s `error`), in the one error shape. */
export function signInRefusal(error: ApiError, origin: string): Response {
  const code = error.code === "rate_limited" ? SIGN_IN_BUSY : SIGN_IN_TOO_LONG;
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (error.details.retryAfterSeconds) headers["Retry-After"] = String(error.details.retryAfterSeconds);
  return Response.json({ ...error.toBody(), url: `${origin}/sign-in?error=${code}` }, { status: error.status, headers });
}
