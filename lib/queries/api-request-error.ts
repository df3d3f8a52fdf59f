import type { ApiErrorBody, ApiErrorCode } from "@/lib/http/error-shape";
import { asApiErrorBody } from "./api-answers";

// A failed call to our API as a page shows it: the error shape when it answered with one, or a plain
// description of what came back instead.

type ErrorDetails = Omit<ApiErrorBody["error"], "message">;

export class ApiRequestError extends Error {
  override name = "ApiRequestError";
  constructor(
    message: string,
    readonly status: number,
    readonly details: ErrorDetails,
  ) {
    super(message);
  }

  get code(): ApiErrorCode {
    return this.details.code;
  }

  /** Cloudflare's own messages, when it gave any. */
  get upstreamMessages(): string[] {
    return (this.details.upstream ?? []).map((entry) => entry.message);
  }
}

export async function readApiError(response: Response): Promise<ApiRequestError> {
  let body: unknown = undefined;
  try {
    body = await response.json();
  } catch {
    // Not JSON: a proxy's error page or a cut connection. The status is all there is.
  }
  const parsed = asApiErrorBody(body);
  if (parsed) {
    const { message, ...details } = parsed.error;
    const retryAfter = details.retryAfterSeconds ?? retryAfterHeader(response);
    return new ApiRequestError(message, response.status, retryAfter === undefined ? details : { ...details, retryAfterSeconds: retryAfter });
  }
  return new ApiRequestError(`The dashboard's server answered ${response.status} ${response.statusText}`.trim() + ".", response.status, {
    code: response.status === 429 ? "rate_limited" : response.status >= 500 ? "upstream_failed" : "internal",
    retryAfterSeconds: retryAfterHeader(response),
  });
}

function retryAfterHeader(response: Response): number | undefined {
  const value = Number(response.headers.get("Retry-After"));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

export function toSearchError(error: unknown): ApiRequestError {
  if (error instanceof ApiRequestError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiRequestError(`The search could not be completed: ${message}`, 0, { code: "internal" });
}
