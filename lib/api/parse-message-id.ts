import { z } from "zod";
import { badRequest } from "@/lib/http/api-error";
import { messageIdSchema } from "@/lib/investigate/message-id";

/** The id of a route's path, or a 400 naming it. */
export function parseMessageId(raw: string): string {
  const id = messageIdSchema.safeParse(raw);
  if (!id.success) throw badRequest({ id: z.flattenError(id.error).formErrors }, "The message id is not valid.");
  return id.data;
}

/** A download's file name from an id: only characters no header or file system treats specially. */
export function safeFileName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 120) || "message";
}
