import "server-only";

// What an audit line says about a route call: a search's parameters (the query string, which holds
// no secret), or the message id. Never a body.

export const searchDetail = (request: Request) => ({ params: Object.fromEntries(new URL(request.url).searchParams) });

export const messageDetail = (_request: Request, params: Record<string, unknown>) => ({
  what: typeof params.id === "string" ? params.id : undefined,
});
