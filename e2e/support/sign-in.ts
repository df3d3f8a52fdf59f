import type { APIRequestContext } from "@playwright/test";

// Signs in through next-auth's own endpoints, as its browser client does: a CSRF token, then the
// credentials callback. The request context keeps the session cookie.

export async function signInWithPassword(request: APIRequestContext, baseURL: string, username: string, password: string): Promise<number> {
  const csrf = (await (await request.get(`${baseURL}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await request.post(`${baseURL}/api/auth/callback/credentials`, {
    form: { csrfToken: csrf.csrfToken, username, password, callbackUrl: `${baseURL}/messages`, json: "true" },
    maxRedirects: 0,
  });
  return response.status();
}

export async function hasSession(request: APIRequestContext, baseURL: string): Promise<boolean> {
  const session = (await (await request.get(`${baseURL}/api/auth/session`)).json()) as { user?: unknown };
  return Boolean(session.user);
}
