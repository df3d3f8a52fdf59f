// Signs in through next-auth's credentials flow with plain fetch (a CSRF token, then the callback) and
// returns the Cookie header of the session, for load runs that act as many users at once.

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
}

export async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfResponse);
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password, callbackUrl: `${baseUrl}/messages`, json: "true" }),
    redirect: "manual",
  });
  const session = cookiesOf(callback).find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`Sign-in of ${username} failed: ${callback.status}`);
  return session;
}
