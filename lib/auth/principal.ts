import "server-only";

export type Principal = { id: string };

/**
 * Who is asking. Sign-in arrives with the access issue; until then everyone is the same anonymous
 * user, and this is the one place the session check will go (it will throw ApiError "unauthorized").
 */
export async function requirePrincipal(_request: Request): Promise<Principal> {
  return { id: "anonymous" };
}
