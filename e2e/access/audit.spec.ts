import { readFileSync } from "node:fs";
import { expect, test } from "../support/test";
import { resultPageSchema } from "@/lib/investigate/result-page";
import { uniqueTerm } from "../support/emulator";
import { E2E } from "../support/env";
import { signInWithPassword } from "../support/sign-in";

// A scripted journey, then its audit lines (AUDIT_LOG_FILE of the dashboard under test): each event
// with who, when, what and the outcome, and no secret anywhere in the log.

type Line = {
  time: string;
  event: string;
  outcome: string;
  who: { id: string; role: string } | null;
  what?: string;
  params?: Record<string, string>;
  via?: string;
  status?: number;
};

function auditLines(): Line[] {
  return readFileSync(E2E.auditLogFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);
}

test("sign-in, failed sign-in, search, message view, raw download and denials are each recorded", async ({ playwright }) => {
  const hostileName = `nobody-${uniqueTerm("x")}\n{"event":"sign_in"}`;
  const term = uniqueTerm("audit");
  const analyst = await playwright.request.newContext({ baseURL: E2E.appUrl });
  expect(await signInWithPassword(analyst, E2E.appUrl, hostileName, "wrong")).toBeLessThan(500);
  await signInWithPassword(analyst, E2E.appUrl, E2E.users.analyst.name, E2E.users.analyst.password);
  await analyst.get(`/api/messages?query=${term}&per_page=5`);
  const found = await analyst.get("/api/messages?per_page=3&detections_only=true");
  const id = resultPageSchema.parse(await found.json()).messages[0]?.id ?? "";
  await analyst.get(`/api/messages/${encodeURIComponent(id)}`);
  await analyst.get(`/messages/${encodeURIComponent(id)}`);
  await analyst.get(`/api/messages/${encodeURIComponent(id)}/raw`);

  const manager = await playwright.request.newContext({ baseURL: E2E.appUrl, storageState: E2E.storageState.manager });
  await manager.get(`/api/messages/${encodeURIComponent(id)}/raw`);
  const anonymous = await playwright.request.newContext({ baseURL: E2E.appUrl });
  await anonymous.get(`/api/messages/${encodeURIComponent(id)}/trace?${term}`);

  const lines = auditLines();
  const analystId = E2E.analystPrincipalId;
  const find = (predicate: (line: Line) => boolean, what: string) => {
    const line = lines.find(predicate);
    expect(line, what).toBeDefined();
    expect(Number.isNaN(Date.parse(line?.time ?? "")), what).toBe(false);
    return line;
  };
  find((l) => l.event === "sign_in_failed" && l.what === hostileName.slice(0, 64) && l.outcome === "failed", "failed sign-in");
  find((l) => l.event === "sign_in" && l.who?.id === analystId, "sign-in");
  find((l) => l.event === "search" && l.who?.id === analystId && l.params?.query === term && l.outcome === "ok", "search with its parameters");
  find((l) => l.event === "message_view" && l.who?.id === analystId && l.what === id && l.outcome === "ok", "message view (API)");
  find((l) => l.event === "message_view" && l.what === id && l.via === "page" && l.outcome === "ok" && l.status === 200, "message view (page)");
  find((l) => l.event === "raw_download" && l.who?.id === analystId && l.what === id, "raw download");
  find((l) => l.event === "denied" && l.outcome === "forbidden" && l.who?.role === "manager" && l.what?.endsWith("/raw") === true, "manager denied raw");
  find((l) => l.event === "denied" && l.outcome === "unauthenticated" && l.who === null && l.what?.endsWith("/trace") === true, "signed-out request denied");

  const raw = readFileSync(E2E.auditLogFile, "utf8");
  // The hostile name's newline is escaped: it did not start a line of its own.
  expect(raw.split("\n").some((line) => line.startsWith('{"event":"sign_in"}'))).toBe(false);
  const cookies = [...(await analyst.storageState()).cookies, ...(await manager.storageState()).cookies].map((c) => c.value);
  for (const secret of [E2E.secret, E2E.token, E2E.oidc.clientSecret, E2E.users.analyst.password, E2E.users.manager.password, ...cookies]) {
    expect(raw.includes(secret), "a secret in the audit log").toBe(false);
  }
  await Promise.all([analyst.dispose(), manager.dispose(), anonymous.dispose()]);
});

test("a page view of an unknown or invalid id is recorded with what came of it, as the API records it", async ({ playwright }) => {
  const unknown = uniqueTerm("nosuchmessage");
  const invalid = `<${uniqueTerm("bad")}>`;
  const analyst = await playwright.request.newContext({ baseURL: E2E.appUrl, storageState: E2E.storageState.analyst });
  for (const id of [unknown, invalid]) {
    expect((await analyst.get(`/messages/${encodeURIComponent(id)}`)).status(), id).toBe(404);
    await analyst.get(`/api/messages/${encodeURIComponent(id)}`);
  }

  const views = auditLines().filter((l) => l.event === "message_view" && l.who?.id === E2E.analystPrincipalId);
  const seen = (what: string) => views.filter((l) => l.what === what).map(({ via, outcome, status }) => ({ via: via ?? "api", outcome, status }));
  expect(seen(unknown)).toEqual([
    { via: "page", outcome: "error", status: 404 },
    { via: "api", outcome: "error", status: 404 },
  ]);
  // The page answers 404 for an id that cannot be one; its line carries the API's 400 for the same id.
  expect(seen(invalid)).toEqual([
    { via: "page", outcome: "error", status: 400 },
    { via: "api", outcome: "error", status: 400 },
  ]);
  await analyst.dispose();
});
