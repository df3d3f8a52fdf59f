import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMULATOR_ACCOUNT_ID } from "./constants";
import { startEmulatorServer, type EmulatorServer } from "./server";
import { DAY, NOW, accountBase, call, errorCodes, iso, search } from "./test-support";

// The 202 flow: a slow search answers 202 + Location + Retry-After, polls answer 202 until ready, then
// 200 with the first page, whose next cursor continues on the ordinary search endpoint.

let relative: EmulatorServer;
let absolute: EmulatorServer;
const slow = { detections_only: false, start: iso(NOW.getTime() - 20 * DAY), per_page: 50 };

beforeAll(async () => {
  relative = await startEmulatorServer({ seed: 5, count: 1500, now: NOW, slowSearch: { readyAfterMs: 400 } });
  absolute = await startEmulatorServer({ seed: 5, count: 1500, now: NOW, slowSearch: { readyAfterMs: 400 }, locationStyle: "absolute" });
});
afterAll(async () => {
  await relative.close();
  await absolute.close();
});

const query = (params: Record<string, string | number | boolean>) => new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)])).toString();

describe("slow searches", () => {
  it("answer 202 with a relative Location, 202 while pending, then 200 with the first page", async () => {
    const first = await call(`${accountBase(relative)}/investigate?${query(slow)}`);
    expect(first.status).toBe(202);
    expect(first.headers.get("retry-after")).toBe("1");
    const location = first.headers.get("location") ?? "";
    expect(location).toMatch(new RegExp(`^/client/v4/accounts/${EMULATOR_ACCOUNT_ID}/email-security/investigate-search/[0-9a-f-]{36}$`));
    expect(first.json).toMatchObject({ success: true, result: [], result_info: { count: 0 } });

    const pollUrl = new URL(location, relative.url).toString();
    expect((await call(pollUrl)).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 450));
    const ready = await call(pollUrl);
    expect(ready.status).toBe(200);
    const body = ready.json as { result: { id: string }[]; result_info: { next: string } };
    expect(body.result).toHaveLength(50);

    // The page's cursor continues on the normal endpoint with the same filters, without another 202.
    const next = await search(relative, { ...slow, cursor: body.result_info.next });
    const all = relative.emulator.messages.filter((message) => Date.parse(message.scanned_at ?? `${message.ts ?? ""}Z`) >= NOW.getTime() - 20 * DAY);
    expect([...body.result, ...next.messages].map((message) => message.id)).toEqual(all.slice(0, 100).map((message) => message.id));
  });

  it("send an absolute Location when configured", async () => {
    const first = await call(`${accountBase(absolute)}/investigate?${query(slow)}`);
    expect(first.status).toBe(202);
    const location = first.headers.get("location") ?? "";
    expect(location.startsWith(`${absolute.url}/client/v4/accounts/`)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect((await call(location)).status).toBe(200);
  });

  it("are not slow within 7 days, or with detections only", async () => {
    expect((await call(`${accountBase(relative)}/investigate?${query({ ...slow, start: iso(NOW.getTime() - 6 * DAY) })}`)).status).toBe(200);
    expect((await call(`${accountBase(relative)}/investigate?${query({ ...slow, detections_only: true })}`)).status).toBe(200);
  });

  it("answer 404 for an unknown or expired search id", async () => {
    const answer = await call(`${accountBase(relative)}/investigate-search/00000000-0000-0000-0000-000000000000`);
    expect(answer.status).toBe(404);
    expect(errorCodes(answer)).toEqual([1404]);
  });

  it("can be switched off", async () => {
    const quick = await startEmulatorServer({ seed: 5, count: 300, now: NOW, slowSearch: false });
    try {
      expect((await call(`${accountBase(quick)}/investigate?${query(slow)}`)).status).toBe(200);
    } finally {
      await quick.close();
    }
  });
});
