import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { ApiError } from "@/lib/http/api-error";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { admitSignInPost, signInRefusal } from "@/lib/auth/sign-in-gate";

// /api/auth/* — next-auth's sign-in, callback, session, CSRF and sign-out endpoints (the only routes
// that need no session). A POST is bounded and rationed first (sign-in-gate.ts). The options are built
// on first use, after the configuration was checked.
type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context): Promise<Response> {
  let admitted = { request, release: () => undefined as void };
  if (request.method === "POST") {
    try {
      admitted = await admitSignInPost(request, (await context.params).nextauth.join("/"));
    } catch (error) {
      if (error instanceof ApiError) return signInRefusal(error, request.nextUrl.origin);
      throw error;
    }
  }
  try {
    const response: unknown = await NextAuth(admitted.request, context, getAuthOptions());
    if (!(response instanceof Response)) throw new Error("next-auth returned no response");
    response.headers.set("Cache-Control", "no-store");
    return response;
  } finally {
    admitted.release();
  }
}

export { handler as GET, handler as POST };
