import { spawn, type ChildProcess } from "node:child_process";
import { copySessions, freshDatabaseUrl } from "./database";
import { E2E } from "./env";

// A second dashboard on its own port, same build, same emulator, same secret (so the saved sessions
// work there too). For tests whose effect is server-wide: a Cloudflare 429 stops every upstream call
// of that server for the Retry-After, which must not stall the other tests running meanwhile.

export type IsolatedApp = { url: string; stop: () => Promise<void> };

export async function startIsolatedApp(port: number): Promise<IsolatedApp> {
  const url = `http://127.0.0.1:${port}`;
  const databaseUrl = await freshDatabaseUrl(`isolated_${port}`);
  const child: ChildProcess = spawn("npx", ["next", "start", "--port", String(port)], {
    // Its own database: the budget and its stops are per team, and this one is a team of its own.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...E2E.appEnv, NEXTAUTH_URL: url, DATABASE_URL: databaseUrl },
    stdio: "ignore",
    detached: true,
  });
  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null) {
      // The whole group: npx, and the next-server it started.
      process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      await fetch(`${url}/api/auth/csrf`);
      await copySessions(databaseUrl);
      return { url, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await stop();
  throw new Error(`The isolated dashboard did not start on ${url}`);
}
