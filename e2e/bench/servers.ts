import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hashPassword } from "@/lib/accounts/password";
import { EMULATOR_ACCOUNT_ID, EMULATOR_TOKEN } from "@/lib/emulator/constants";
import { startEmulatorServer, type EmulatorServer, type EmulatorServerOptions } from "@/lib/emulator/server";

// The bench's own servers on loopback: a production build in its own dist dir (reused when present,
// so a second run measures the same build), emulators in this process, and `next start` per app.

export const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";
export const USER_PASSWORD = "bench-user-password";
export const userNames = (count: number) => Array.from({ length: count }, (_, index) => `bench-user-${index + 1}`);

export function ensureBuild(rebuild: boolean): void {
  if (!rebuild && existsSync(`${DIST_DIR}/BUILD_ID`)) return;
  console.error(`bench: building into ${DIST_DIR} …`);
  execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** The floor: a bare route handler that fetches and forwards (e2e/bench/floor), built beside the app. */
const FLOOR_DIR = "e2e/bench/floor";

export function ensureFloorBuild(rebuild: boolean): void {
  if (!rebuild && existsSync(`${FLOOR_DIR}/.next/BUILD_ID`)) return;
  execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build", FLOOR_DIR], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export type App = { url: string; pid: number; stop: () => Promise<void> };

/** A dashboard of the bench's build (or of the checkout `cwd`, another version of the app) in front of `upstream`. */
export async function startApp(port: number, upstream: EmulatorServer, env: Record<string, string> = {}, cwd?: string): Promise<App> {
  const url = `http://127.0.0.1:${port}`;
  const hash = hashPassword(USER_PASSWORD);
  return startNext([], port, "/api/auth/csrf", {
    NEXT_DIST_DIR: DIST_DIR,
    CLOUDFLARE_ACCOUNT_ID: EMULATOR_ACCOUNT_ID,
    CLOUDFLARE_API_TOKEN: EMULATOR_TOKEN,
    CLOUDFLARE_API_BASE_URL: upstream.baseUrl,
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-0",
    NEXTAUTH_URL: url,
    AUTH_USERS: userNames(21).map((name) => `${name}:analyst:${hash}`).join(","),
    // Each dashboard its own embedded database: one process owns a data directory.
    DATA_DIR: mkdtempSync(join(tmpdir(), "bench-data-")),
    ...env,
  }, cwd);
}

/** The floor app; `${url}/forward?to=<emulator URL>` fetches that URL with the emulator's token. */
export function startFloor(port: number): Promise<App> {
  return startNext([FLOOR_DIR], port, "/", { FLOOR_AUTHORIZATION: `Bearer ${EMULATOR_TOKEN}` });
}

async function startNext(dir: string[], port: number, probePath: string, env: Record<string, string>, cwd?: string): Promise<App> {
  const url = `http://127.0.0.1:${port}`;
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the dashboards (NODE_OPTIONS refuses --cpu-prof).
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, "node_modules/next/dist/bin/next", "start", ...dir, "--port", String(port)], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    cwd,
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null) {
      process.kill(-child.pid, "SIGTERM");
      await exited;
    }
  };
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    try {
      // Read to the end: an unread body keeps its socket out of sight of the pool, which may later hand it
      // out after the server closed it for idling (keep-alive timeout 5 s).
      await (await fetch(`${url}${probePath}`)).arrayBuffer();
      return { url, pid: child.pid ?? 0, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await stop();
  throw new Error(`bench: the server did not start on ${url}`);
}

/** CPU milliseconds used so far by the processes of a process group (each server is a group leader). */
export function processGroupCpuMs(pgid: number): number {
  const tickMs = 10; // USER_HZ is 100 on Linux
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended while we read
    }
  }
  return ticks * tickMs;
}

export function startUpstream(options: EmulatorServerOptions): Promise<EmulatorServer> {
  return startEmulatorServer({ host: "127.0.0.1", port: 0, ...options });
}

/** Cloudflare's own search and message URLs on the emulator, for the direct side of a comparison. */
export function directUrls(upstream: EmulatorServer, id: string) {
  const base = `${upstream.baseUrl}/accounts/${EMULATOR_ACCOUNT_ID}/email-security`;
  return { search: `${base}/investigate?per_page=25`, message: `${base}/investigate/${encodeURIComponent(id)}`, headers: { authorization: `Bearer ${EMULATOR_TOKEN}` } };
}
