// Cloudflare's v4 envelope and the error codes the emulator answers with. Codes Cloudflare documents are
// used as documented (docs/cloudflare-api.md#envelope); the ones it does not publish are ours, chosen in the 1xxx
// range the envelope requires (code ≥ 1000) and easy to recognise: 1400 bad input, 1404 not found,
// 1500 server error.

export const CODES = {
  invalidInput: 1400,
  /** Not public for email security; 1404 reads as "not found" at a glance. */
  notFound: 1404,
  serverError: 1500,
  noRoute: 7000,
  badIdentifier: 7003,
  missingAuth: 9106,
  authentication: 10000,
  /** What Cloudflare sends on a throttled call, although it is below the documented minimum of 1000. */
  rateLimited: 971,
} as const;

export type ReplyKind = "search" | "message" | "detections" | "action_log" | "trace" | "raw" | "preview" | "move" | "release" | "submission" | "bulk" | "error";

export type ResponseInfo = {
  readonly code: number;
  readonly message: string;
  readonly source?: { readonly pointer: string };
};

/** A response before it is serialised, so body faults can rewrite it by kind. */
export type Reply = {
  readonly status: number;
  readonly kind: ReplyKind;
  readonly body: Record<string, unknown>;
  readonly headers?: Readonly<Record<string, string>>;
};

export function ok(kind: ReplyKind, result: unknown, extra: { resultInfo?: unknown; status?: number; headers?: Record<string, string> } = {}): Reply {
  const body: Record<string, unknown> = { success: true, errors: [], messages: [], result };
  if (extra.resultInfo !== undefined) body.result_info = extra.resultInfo;
  return { status: extra.status ?? 200, kind, body, headers: extra.headers };
}

export function fail(status: number, errors: readonly ResponseInfo[], headers?: Record<string, string>): Reply {
  return { status, kind: "error", body: { success: false, errors, messages: [], result: null }, headers };
}

export const notFound = (message: string) => fail(404, [{ code: CODES.notFound, message }]);

export const noRoute = () => fail(404, [{ code: CODES.noRoute, message: "No route for that URI" }]);

export function badIdentifier(path: string): Reply {
  return fail(404, [
    { code: CODES.badIdentifier, message: `Could not route to ${path}, perhaps your object identifier is invalid?` },
    { code: CODES.noRoute, message: "No route for that URI" },
  ]);
}

export function invalid(issues: readonly { path: string; message: string }[]): Reply {
  return fail(
    400,
    issues.map((issue) => ({
      code: CODES.invalidInput,
      message: issue.path ? `${issue.path}: ${issue.message}` : issue.message,
      ...(issue.path ? { source: { pointer: `/${issue.path}` } } : {}),
    })),
  );
}
