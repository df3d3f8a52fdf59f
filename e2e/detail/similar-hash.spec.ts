import { apiErrorBodySchema } from "@/lib/http/error-shape";
import { pendingSearchSchema, resultPageSchema } from "@/lib/investigate/result-page";
import { similarOf } from "@/lib/investigate/similar-of";
import { walkApi } from "../support/walk-api";
import { allMessages, detailPath, expect, findMessage, test, type ListedMessage } from "./fixtures";

// Similar by a hash Cloudflare cannot search by: the day around a message is read a page of 1,000 at a
// time and only the messages with its HTML structure (or EDF) hash are listed, each a link.

const DAY_MS = 86_400_000;

test("same HTML structure lists the messages of the day around it built from the same template, and nothing else", async ({ page, request }) => {
  // A message whose template another message of the day around it shares (which message that is depends
  // on the time the emulator's mail is generated against).
  const byHash = new Map<string | null, ListedMessage[]>();
  for (const m of await allMessages(request)) {
    if (!m.htmltext_structure_hash || !m.scanned_at) continue;
    const same = byHash.get(m.htmltext_structure_hash);
    if (same) same.push(m);
    else byHash.set(m.htmltext_structure_hash, [m]);
  }
  const shared = (m: ListedMessage) =>
    (byHash.get(m.htmltext_structure_hash) ?? []).some((other) => other.id !== m.id && Math.abs(Date.parse(other.scanned_at ?? "") - Date.parse(m.scanned_at ?? "")) < DAY_MS);
  const message = await findMessage(request, "with an HTML structure hash another message of its day shares", (m) => Boolean(m.htmltext_structure_hash && m.scanned_at && m.final_disposition) && shared(m));
  const hash = message.htmltext_structure_hash ?? "";
  const at = Date.parse(message.scanned_at ?? "");
  const around = new URLSearchParams({ start: new Date(at - DAY_MS).toISOString(), end: new Date(Math.min(Date.now(), at + DAY_MS)).toISOString(), detections_only: "false", per_page: "1000" });
  const day = await walkApi(request, around.toString());
  const expected = [...new Set(day.filter((m) => m.htmltext_structure_hash === hash && m.id !== message.id).map((m) => m.id))];
  expect(expected.length, "the emulator's templates are shared by several messages a day").toBeGreaterThan(0);

  await page.goto(detailPath(message.id));
  const similar = page.getByTestId("similar");
  await similar.getByRole("button", { name: "same HTML structure" }).click();
  await expect(similar.getByRole("button", { name: "same HTML structure" })).toHaveAttribute("aria-pressed", "true");
  const found = page.getByRole("region", { name: "Messages with the same HTML structure" });
  await expect(found.getByRole("status")).toHaveText(new RegExp(`^${expected.length} found among [\\d,]+ messages from .+, all of them\\.$`));
  const listed = await found.locator("li[data-id]").evaluateAll((items) => items.map((item) => item.getAttribute("data-id") ?? ""));
  expect([...listed].sort()).toEqual([...expected].sort());
  expect(listed).not.toContain(message.id);
  // Each is a link to that message.
  const first = found.locator("li[data-id]").first();
  await expect(first.getByRole("link")).toHaveAttribute("href", `/messages/${encodeURIComponent(listed[0] ?? "")}`);
});

test("GET /api/similar names the parameter at fault, and answers only messages with the hash", async ({ request }) => {
  for (const [query, field] of [
    ["by=template&hash=abc", "by"],
    ["by=structure", "hash"],
    [`by=edf&hash=${"a".repeat(201)}`, "hash"],
    ["by=structure&hash=%3Cscript%3E", "hash"],
  ] as const) {
    const answer = await request.get(`/api/similar?${query}`);
    expect(answer.status(), query).toBe(400);
    expect(apiErrorBodySchema.parse(await answer.json()).error.fields?.[field], query).toBeDefined();
  }
  const message = await findMessage(request, "with an EDF hash", (m) => Boolean(m.edf_hash));
  const week = new URLSearchParams({ start: new Date(Date.now() - 7 * DAY_MS).toISOString(), end: new Date().toISOString(), detections_only: "false" });
  let answer = await request.get(`/api/similar?by=edf&hash=${encodeURIComponent(message.edf_hash ?? "")}&${week}`);
  // Cloudflare still searching: the 202 is followed to the rows it made wait, which the page matches
  // itself with the same function (lib/queries/scan-page.ts).
  let followed = false;
  for (let polls = 0; answer.status() === 202 && polls < 30; polls++) {
    const pending = pendingSearchSchema.parse(await answer.json());
    await new Promise((resolve) => setTimeout(resolve, 500));
    answer = await request.get(pending.location);
    followed = true;
  }
  expect(answer.status()).toBe(200);
  const json: unknown = await answer.json();
  const body = followed ? similarOf(resultPageSchema.parse(json), "edf", message.edf_hash ?? "") : (json as { scanned: number; matches: { id: string }[] });
  expect(body.scanned).toBeGreaterThan(0);
  const edfOf = new Map((await walkApi(request, `${week}&per_page=1000`, 1)).map((m) => [m.id, m.edf_hash]));
  for (const match of body.matches) expect(edfOf.get(match.id)).toBe(message.edf_hash);
});
