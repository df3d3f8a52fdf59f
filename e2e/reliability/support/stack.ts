import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulatorServer, type EmulatorServer, type EmulatorServerOptions } from "@/lib/emulator/server";
import { copySessions, freshDatabaseUrl } from "../../support/database";
import { E2E } from "../../support/env";

// A dashboard of the suite's own (same build, same secret, so the saved sessions work) in front of an
// emulator running inside the test process. Owning both lets a test read the server's own output (for
// unhandled rejections), its memory, and every request it sent upstream, and fault, rate-limit or
// flood it without disturbing the other projects that share the main emulator.

export type Stack = {
  url: string;
  upstream: EmulatorServer;
  /** Everything the dashboard printed so far, stdout and stderr. */
  log: () => string;
  /** Resident memory of the dashboard's whole process group, in MB. */
  rssMb: () => number;
  stop: () => Promise<void>;
};

/** `engine`: PostgreSQL (a fresh database, the suite's sessions copied in) or the embedded engine under a
 *  fresh DATA_DIR (nobody is signed in there: sign in to it). */
export type StackOptions = { appPort: number; emulator?: EmulatorServerOptions; env?: Record<string, string>; engine?: "postgres" | "embedded" };

/** Output that means a failure escaped its handler: a rejection nobody awaited, or a 500 by accident. */
export const SERVER_FAILURE = /unhandled ?rejection|uncaught ?exception|Unexpected error in a route handler/i;

export async function startStack({ appPort, emulator = {}, env = {}, engine = "postgres" }: StackOptions): Promise<Stack> {
  if (engine === "embedded") return startEmbeddedStack(appPort, emulator, env);
  const upstream = await startEmulatorServer({ port: 0, ...emulator });
  const databaseUrl = await freshDatabaseUrl(`stack_${appPort}`);
  try {
    // Its own budget (and its stops), apart from the suite's other dashboards.
    const app = await startDashboard(appPort, upstream, { DATABASE_URL: databaseUrl, ...env });
    await copySessions(databaseUrl);
    return { ...app, upstream, stop: async () => (await app.stop(), await upstream.close()) };
  } catch (error) {
    await upstream.close();
    throw error;
  }
}

async function startEmbeddedStack(appPort: number, emulator: EmulatorServerOptions, env: Record<string, string>): Promise<Stack> {
  const upstream = await startEmulatorServer({ port: 0, ...emulator });
  const dataDir = mkdtempSync(join(tmpdir(), `e2e-stack-${appPort}-`));
  try {
    const app = await startDashboard(appPort, upstream, { DATABASE_URL: "", DATA_DIR: dataDir, ...env });
    return { ...app, upstream, stop: async () => (await app.stop(), await upstream.close(), rmSync(dataDir, { recursive: true, force: true })) };
  } catch (error) {
    await upstream.close();
    throw error;
  }
}

export type Dashboard = Omit<Stack, "upstream">;

/** A dashboard process of the suite's build in front of `upstream`, configured as the main one but for `env`. */
export async function startDashboard(port: number, upstream: EmulatorServer, env: Record<string, string> = {}): Promise<Dashboard> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port)], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      ...E2E.appEnv,
      CLOUDFLARE_API_BASE_URL: upstream.baseUrl,
      NEXTAUTH_URL: url,
      AUDIT_LOG_FILE: `/tmp/e2e-reliability-${port}.log`,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => child.once("exit", resolve));

  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null) {
      process.kill(-child.pid, "SIGTERM");
      await exited;
    }
  };
  const rssMb = () => {
    // ps sums nothing itself: one line per process of the group.
    const lines = execFileSync("ps", ["-o", "rss=", "-g", String(child.pid)], { encoding: "utf8" });
    return lines.split("\n").reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024;
  };

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${url}/api/auth/csrf`);
      return { url, log: () => output, rssMb, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await stop();
  throw new Error(`The dashboard did not start on ${url}:\n${output}`);
}

/** The analyst's session cookie from the setup project, for requests made outside the browser. */
export function analystCookie(): string {
  const state = JSON.parse(readFileSync(E2E.storageState.analyst, "utf8")) as { cookies: Array<{ name: string; value: string }> };
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
