// Which handler a request goes to. Paths are matched under /client/v4 on any origin, since the app talks
// to the emulator at https://emulator.invalid/client/v4 and tests at http://127.0.0.1:<port>/client/v4.
//
// The 202 poll URL is …/email-security/investigate-search/{searchId}: a sibling of `investigate`, not a
// child, so it can never be read as investigate/{investigate_id}/{sub} whatever order routes are tried.

export const MESSAGE_VIEWS = ["detections", "action_log", "trace", "raw", "preview"] as const;
export type MessagePartPath = (typeof MESSAGE_VIEWS)[number];

export type Route =
  | { readonly kind: "search" }
  | { readonly kind: "poll"; readonly searchId: string }
  | { readonly kind: "preview-create" }
  | { readonly kind: "move"; readonly id: string }
  | { readonly kind: "bulk-move" }
  | { readonly kind: "release" }
  | { readonly kind: "reclassify"; readonly id: string }
  | { readonly kind: "submit" }
  | { readonly kind: "submissions" }
  | { readonly kind: "bulk-create" }
  | { readonly kind: "bulk-job"; readonly id: string | null; readonly sub: "cancel" | "messages" | null }
  | { readonly kind: "message"; readonly id: string; readonly view: MessagePartPath | null }
  | { readonly kind: "wrong-account"; readonly path: string }
  | { readonly kind: "no-route" };

const PREFIX = "/client/v4";

export function pollPath(accountId: string, searchId: string): string {
  return `${PREFIX}/accounts/${accountId}/email-security/investigate-search/${encodeURIComponent(searchId)}`;
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function matchRoute(method: string, pathname: string, accountId: string): Route {
  const path = pathname.replace(/\/+$/, "");
  if (!path.startsWith(`${PREFIX}/`)) return { kind: "no-route" };
  const segments = path.slice(PREFIX.length + 1).split("/");
  if (segments[0] !== "accounts" || segments.length < 2) return { kind: "no-route" };
  if (segments[1] !== accountId) return { kind: "wrong-account", path: path.slice(PREFIX.length) };
  if (segments[2] !== "email-security") return { kind: "no-route" };
  const [resource, first, second, ...rest] = segments.slice(3);
  if (resource === "investigate" && first === "bulk") return matchBulk(method, second, rest);
  if (rest.length > 0) return { kind: "no-route" };

  if (resource === "investigate-search" && first !== undefined && second === undefined && method === "GET") {
    const searchId = decode(first);
    return searchId ? { kind: "poll", searchId } : { kind: "no-route" };
  }
  if (resource === "submissions" && first === undefined) {
    if (method === "POST") return { kind: "submit" };
    if (method === "GET") return { kind: "submissions" };
  }
  if (resource !== "investigate") return { kind: "no-route" };
  if (first === undefined) return method === "GET" ? { kind: "search" } : { kind: "no-route" };
  if (method === "POST" && second === undefined) {
    if (first === "preview") return { kind: "preview-create" };
    if (first === "move") return { kind: "bulk-move" };
    if (first === "release") return { kind: "release" };
  }
  if (method === "POST" && (second === "move" || second === "reclassify")) {
    const id = decode(first);
    return id ? { kind: second, id } : { kind: "no-route" };
  }
  if (method !== "GET") return { kind: "no-route" };
  const id = decode(first);
  if (!id) return { kind: "no-route" };
  if (second === undefined) return { kind: "message", id, view: null };
  const view = MESSAGE_VIEWS.find((candidate) => candidate === second);
  return view ? { kind: "message", id, view } : { kind: "no-route" };
}

/** …/investigate/bulk[/{job_id}[/cancel|/messages]]. */
function matchBulk(method: string, job: string | undefined, rest: string[]): Route {
  if (job === undefined) return method === "POST" ? { kind: "bulk-create" } : method === "GET" ? { kind: "bulk-job", id: null, sub: null } : { kind: "no-route" };
  const id = decode(job);
  if (!id || rest.length > 1) return { kind: "no-route" };
  const [sub] = rest;
  if (sub === undefined) return method === "GET" || method === "DELETE" ? { kind: "bulk-job", id, sub: null } : { kind: "no-route" };
  if (sub === "cancel" && method === "POST") return { kind: "bulk-job", id, sub: "cancel" };
  if (sub === "messages" && method === "GET") return { kind: "bulk-job", id, sub: "messages" };
  return { kind: "no-route" };
}
