import "server-only";
import { z } from "zod";
import type { SessionView } from "@/lib/auth/sessions";

// The sessions API's answer, one schema for the route and the page that reads it.

export const sessionListSchema = z.object({
  sessions: z.array(
    z.object({
      id: z.string(),
      provider: z.string(),
      signedInAt: z.string(),
      lastSeenAt: z.string(),
      expiresAt: z.string(),
      userAgent: z.string().nullable(),
      current: z.boolean(),
    }),
  ),
});
export type SessionList = z.infer<typeof sessionListSchema>;

export function toSessionList(sessions: readonly SessionView[], currentId: string): SessionList {
  return {
    sessions: sessions.map((session) => ({
      id: session.id,
      provider: session.provider,
      signedInAt: session.signedInAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
      expiresAt: session.expiresAt.toISOString(),
      userAgent: session.userAgent,
      current: session.id === currentId,
    })),
  };
}
