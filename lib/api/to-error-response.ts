import "server-only";
import { isBudgetRefusal } from "@/lib/budget/budget-refusal";
import { isDatabaseUnavailable } from "@/lib/db/database";
import { isCloudflareError, type CloudflareError } from "@/lib/cloudflare/errors";
import { PollTokenError } from "@/lib/investigate/poll-token";
import { SearchTooSlowError } from "@/lib/investigate/search";
import { ApiError } from "@/lib/http/api-error";

// Every failure becomes one status and the one error shape. Cloudflare's codes and messages are
// passed on; our credentials never are (the client never puts them in an error).

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isBudgetRefusal(error)) return new ApiError("rate_limited", error.message, { retryAfterSeconds: error.retryAfterSeconds });
  if (isCloudflareError(error)) return fromCloudflare(error);
  if (error instanceof PollTokenError) return new ApiError("bad_request", error.message, { fields: { token: [error.message] } });
  if (error instanceof SearchTooSlowError) return new ApiError("upstream_timeout", error.message);
  if (isDatabaseUnavailable(error)) return new ApiError("database_unavailable", error.message, { retryAfterSeconds: 5 });
  // The browser went away (navigated, cancelled a search): nobody reads the answer and nothing failed.
  if (isCancellation(error)) return new ApiError("bad_request", "The request was cancelled before it finished.");
  console.error("Unexpected error in a route handler", error);
  return new ApiError("internal", "Something went wrong on our side. Try again; if it keeps happening, tell your administrator.");
}

/** Cloudflare names the offending parameter in `source.pointer` (e.g. "/cursor"); say it beside that field. */
function fieldsNamedBy(error: CloudflareError): Record<string, string[]> | undefined {
  const fields: Record<string, string[]> = {};
  for (const { message, source } of error.errors) {
    const name = source?.pointer?.replace(/^\/+/, "").split("/")[0];
    if (name && /^[a-z_]{1,40}$/.test(name)) (fields[name] ??= []).push(message);
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}

function isCancellation(error: unknown): boolean {
  return error instanceof Error && (error.name === "AbortError" || error.name === "ResponseAborted");
}

function fromCloudflare(error: CloudflareError): ApiError {
  const upstream = error.errors.map(({ code, message }) => ({ code, message }));
  const said = upstream.length > 0 ? ` Cloudflare said: ${upstream.map((e) => e.message).join("; ")}` : "";
  switch (error.code) {
    case "bad_request":
      return new ApiError("bad_request", `Cloudflare refused the request.${said}`, { upstream, fields: fieldsNamedBy(error) });
    case "not_found":
      return new ApiError("not_found", "Cloudflare has nothing under this id: no such message, or a search that has expired.", { upstream });
    case "rate_limited":
      return new ApiError("rate_limited", "Cloudflare's rate limit for this account is reached; try again shortly.", {
        upstream,
        retryAfterSeconds: error.retryAfterSeconds ?? 60,
      });
    case "timeout":
      return new ApiError("upstream_timeout", "Cloudflare took too long to answer. Try again, or narrow the search.", { upstream });
    case "unauthorized":
    case "forbidden":
      return new ApiError("upstream_failed", `Cloudflare refused the dashboard's credentials; ask your administrator to check them.${said}`, { upstream });
    case "refused_location":
      return new ApiError("upstream_failed", "Cloudflare pointed the search somewhere the dashboard will not follow.", { upstream });
    case "bad_response":
      return new ApiError("upstream_failed", `Cloudflare answered with something the dashboard cannot read.${said}`, { upstream });
    case "server_error":
    case "network":
      return new ApiError("upstream_failed", `Cloudflare could not be reached or failed.${said}`, { upstream });
    case "cut_off":
      return new ApiError("upstream_failed", "Cloudflare's answer broke off before it was complete. Try again.", { upstream });
    case "too_large":
      // The message names the limit and the setting that raises it (lib/cloudflare/read-body.ts).
      return new ApiError("upstream_failed", error.message, { upstream });
  }
}

export function toErrorResponse(error: unknown): Response {
  const apiError = toApiError(error);
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (apiError.details.retryAfterSeconds !== undefined) headers.set("Retry-After", String(apiError.details.retryAfterSeconds));
  return Response.json(apiError.toBody(), { status: apiError.status, headers });
}
