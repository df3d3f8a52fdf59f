import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulatorServer, type EmulatorServer } from "./server";
import { BEARER, NOW, accountBase, call } from "./test-support";

// The standalone server's control endpoints, shutdown with a request still hanging, and the CLI.

let server: EmulatorServer;
const control = (path: string, init: RequestInit = {}) => fetch(`${server.url}/__emulator/${path}`, init);

beforeAll(async () => {
  server = await startEmulatorServer({ seed: 1, count: 300, now: NOW, slowSearch: false });
});
afterAll(() => server.close());

describe("control endpoints", () => {
  it("health", async () => {
    const response = await control("health");
    expect(await response.json()).toMatchObject({ ok: true, messages: 300 });
  });

  it("faults: POST one or many (validated), GET, DELETE", async () => {
    expect((await control("faults", { method: "POST", body: JSON.stringify({ match: "query=ctl", serverError: { status: 502 } }) })).status).toBe(200);
    expect((await control("faults", { method: "POST", body: JSON.stringify([{ latencyMs: 1, match: "nothing-matches-this" }, { hang: true, match: "nothing-either" }]) })).status).toBe(200);
    expect(((await (await control("faults")).json()) as { faults: unknown[] }).faults).toHaveLength(3);
    expect((await call(`${accountBase(server)}/investigate?query=ctl`)).status).toBe(502);
    expect((await control("faults", { method: "POST", body: JSON.stringify({ serverError: { status: 200 } }) })).status).toBe(400);
    expect((await control("faults", { method: "POST", body: JSON.stringify({ latencyMS: 5 }) })).status).toBe(400);
    expect((await control("faults", { method: "POST", body: "{" })).status).toBe(400);
    expect((await control("faults", { method: "DELETE" })).status).toBe(200);
    expect((await call(`${accountBase(server)}/investigate?query=ctl`)).status).toBe(200);
  });

  it("requests: GET lists method, path, query, auth scheme and status; DELETE clears; reset clears all", async () => {
    await control("requests", { method: "DELETE" });
    await call(`${accountBase(server)}/investigate?per_page=2`);
    await fetch(`${accountBase(server)}/investigate`, { headers: { "x-auth-email": "analyst@example.com", "x-auth-key": "emulator-key" } });
    const { requests } = (await (await control("requests")).json()) as { requests: Record<string, unknown>[] };
    expect(requests).toMatchObject([
      { method: "GET", path: expect.stringMatching(/\/investigate$/) as unknown, query: "per_page=2", auth: "bearer", status: 200 },
      { method: "GET", auth: "api-key", status: 200 },
    ]);
    expect(typeof requests[0]?.at).toBe("string");
    server.emulator.addFault({ latencyMs: 1 });
    expect((await control("reset", { method: "POST" })).status).toBe(200);
    expect(server.emulator.requests).toHaveLength(0);
    expect(server.emulator.faults).toHaveLength(0);
  });

  it("closes promptly with a request hanging", async () => {
    const other = await startEmulatorServer({ count: 50, now: NOW });
    other.emulator.addFault({ hang: true });
    const hanging = fetch(`${accountBase(other)}/investigate`, { headers: BEARER }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await other.close();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(await hanging).toBeInstanceOf(Error);
  });
});

describe("cli", () => {
  it("starts with --port 0 --count, prints the URL, answers, and stops on SIGTERM", async () => {
    const child = spawn(join(process.cwd(), "node_modules", ".bin", "tsx"), ["lib/emulator/cli.ts", "--port", "0", "--count", "200"], { cwd: process.cwd(), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 45_000);
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.on("exit", () => reject(new Error(`exited: ${output}`)));
    });
    expect(((await (await fetch(`${url}/__emulator/health`)).json()) as { messages: number }).messages).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 60_000);
});
