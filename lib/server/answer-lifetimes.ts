import "server-only";

// How long a copy of each kind of Cloudflare answer is served instead of asking again
// (lib/budget/caching-fetch.ts). A search, briefly: new mail arrives all the time, and the page says how
// old its copy is, with a Refresh. A message and its detections do not change once scanned; its trace
// and action log grow when Cloudflare or someone acts on it, so theirs is shorter. Remediation (moving,
// releasing) must forget the message's copies (AnswerCache.forget) when it lands.

export const SEARCH_ANSWER_MS = 30_000;
export const MESSAGE_ANSWER_MS = 10 * 60_000;
export const ACTIVITY_ANSWER_MS = 60_000;

const INVESTIGATE = /\/email-security\/investigate(?:\/([^/]+)(\/[a-z_]+)?)?$/;

export function answerLifetime(url: URL): number {
  const match = INVESTIGATE.exec(url.pathname);
  if (!match) return 0;
  const [, id, part] = match;
  if (!id) return SEARCH_ANSWER_MS;
  if (part === "/action_log" || part === "/trace") return ACTIVITY_ANSWER_MS;
  if (!part || part === "/detections" || part === "/preview") return id === "preview" || id === "bulk" ? 0 : MESSAGE_ANSWER_MS;
  return 0;
}
