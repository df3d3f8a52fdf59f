import { expect, it } from "vitest";
import { upstreamMessageSchema } from "@/lib/cloudflare/schemas/message";
import { reshapeMessage, type ActionEntry } from "./message";
import { messageStateOf } from "./message-state";

const message = (fields: Record<string, unknown>) => reshapeMessage(upstreamMessageSchema.parse({ id: "m", postfix_id: "p", ...fields }));
const entry = (operation: string, at: string, properties: Record<string, unknown> = {}, success: boolean | null = true): ActionEntry => ({ operation, started_at: at, completed_at: at, status: "completed", success, properties });

it("a released message reads released, by whom and when, not 'not quarantined'", () => {
  const released = messageStateOf(message({ final_disposition: "MALICIOUS-BEC", is_quarantined: false, delivery_status: ["delivered"] }), [entry("QUARANTINE_RELEASE", "2026-12-05T10:00:00Z", { requested_by: "api" })]);
  expect(released).toEqual({ kind: "released", at: "2026-12-05T10:00:00Z", by: "api" });
});

it("the latest action wins; the dashboard names its analyst for an action it took about then", () => {
  const log = [entry("MOVE", "2026-12-05T10:00:00Z", { destination: "DeletedItems" }), entry("MOVE", "2026-12-05T11:00:00Z", { destination: "Inbox", requested_by: "api" })];
  expect(messageStateOf(message({ delivery_status: ["delivered"] }), log, { whoName: "ana", at: "2026-12-05T11:00:02Z" })).toEqual({ kind: "moved", destination: "Inbox", at: "2026-12-05T11:00:00Z", by: "ana" });
  // An hour apart, the dashboard's line is another action: Cloudflare's word stands.
  expect(messageStateOf(message({}), log, { whoName: "ana", at: "2026-12-05T12:00:00Z" })).toMatchObject({ by: "api" });
});

it("a failed move says so; without actions, the delivery status speaks", () => {
  expect(messageStateOf(message({}), [entry("MOVE", "2026-12-05T10:00:00Z", {}, false)]).kind).toBe("move-failed");
  expect(messageStateOf(message({ is_quarantined: true }), []).kind).toBe("quarantined");
  expect(messageStateOf(message({ delivery_status: ["moved"] }), [])).toEqual({ kind: "moved", destination: null, at: null, by: null });
  expect(messageStateOf(message({ delivery_status: ["delivered"] }), []).kind).toBe("delivered");
  expect(messageStateOf(message({ delivery_status: ["rejected"] }), [])).toEqual({ kind: "status", statuses: ["rejected"] });
  expect(messageStateOf(message({}), []).kind).toBe("unknown");
});
