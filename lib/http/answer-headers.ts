// The two headers between the browser and the route wrapper about kept copies of Cloudflare's answers:
// the browser asks for a fresh answer with the first; an answer served from a copy says its age in
// seconds with the second.

export const FRESH_ANSWER_HEADER = "x-fresh-answer";
export const ANSWER_AGE_HEADER = "x-answer-age";
