import { DATA_HEADERS, HSTS } from "@/lib/security/static-headers.mjs";
import { badRequest } from "@/lib/http/api-error";

// Next.js decodes each dynamic path segment before it matches a route and, when one is not valid
// percent-encoding (a lone `%`, `%zz`, bytes that are not UTF-8 such as `%C0%AE`), answers a bare
// 500 text/plain without our headers before any handler of ours runs. The proxy sees such a path
// first and answers it here instead.

/** True when the path cannot be decoded: the paths Next.js itself would fail on. */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** The API's answer to such a path: a 400 in the one error shape, with the data API's headers. */
export function malformedPathResponse(https: boolean): Response {
  const error = badRequest({ path: ["A percent-escape in the path is malformed."] }, "The address is not valid.");
  return Response.json(error.toBody(), { status: error.status, headers: { ...DATA_HEADERS, ...(https ? HSTS : {}) } });
}
