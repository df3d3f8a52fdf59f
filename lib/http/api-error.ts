import { API_ERROR_STATUS, type ApiErrorBody, type ApiErrorCode } from "./error-shape";

type ApiErrorDetails = Omit<ApiErrorBody["error"], "code" | "message">;

export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details: ApiErrorDetails = {},
  ) {
    super(message);
  }

  get status(): number {
    return API_ERROR_STATUS[this.code];
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...this.details } };
  }
}

/** 400 from a zod error, with the message of each field. */
export function badRequest(fields: Record<string, string[] | undefined>, message = "Some search parameters are not valid."): ApiError {
  const clean: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(fields)) if (messages?.length) clean[name] = messages;
  return new ApiError("bad_request", message, { fields: clean });
}
