import "server-only";
import { ApiError } from "@/lib/http/api-error";

/** A session id as sign-in makes them (a UUID); anything else is refused before the database is asked. */
export function parseSessionId(raw: string): string {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(raw)) return raw.toLowerCase();
  throw new ApiError("bad_request", "This is not a session id.", { fields: { id: ["must be a session id, as the sessions list gives it"] } });
}
