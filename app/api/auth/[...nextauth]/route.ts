import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/auth-options";

// /api/auth/* — next-auth's sign-in, callback, session, CSRF and sign-out endpoints (the only routes
// that need no session). The options are built on first use, after the configuration was checked.
type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context): Promise<Response> {
  const response: unknown = await NextAuth(request, context, getAuthOptions());
  if (!(response instanceof Response)) throw new Error("next-auth returned no response");
  response.headers.set("Cache-Control", "no-store");
  return response;
}

export { handler as GET, handler as POST };
