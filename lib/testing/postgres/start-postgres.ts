import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { findPostgres } from "./find-postgres";

// A throwaway PostgreSQL server for the tests: a fresh cluster in a temporary directory, on a port of
// its own, without durability (the tests do not survive a crash and need not). initdb and postgres
// refuse to run as root, so as root they run as the `postgres` user that Debian's package creates.

export type RunningPostgres = { url: string; port: number; stop(): Promise<void> };

export async function startPostgres(options: { port: number; install?: boolean }): Promise<RunningPostgres> {
  const found = findPostgres(process.env, { install: options.install });
  if (!found.ok) throw new Error(found.message);
  const root = mkdtempSync(join(tmpdir(), "dashboard-pg-"));
  const data = join(root, "data");
  const asRoot = process.getuid?.() === 0;
  const asServerUser = (command: string, args: string[]) =>
    asRoot ? (["setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", "--", command, ...args]] as const) : ([command, args] as const);
  if (asRoot) {
    chmodSync(root, 0o755);
    const [uid, gid] = ["-u", "-g"].map((flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim()));
    chownSync(root, uid ?? 0, gid ?? 0);
  }
  const [initCommand, initArgs] = asServerUser(join(found.bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  execFileSync(initCommand, [...initArgs], { stdio: ["ignore", "ignore", "pipe"] });
  const [command, args] = asServerUser(join(found.bin, "postgres"), [
    "-D", data, "-p", String(options.port), "-k", root,
    "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
    "-c", "max_connections=200",
  ]);
  const server = spawn(command, [...args], { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  server.stderr?.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4_000)));
  const url = `postgres://postgres@127.0.0.1:${options.port}/postgres`;
  await waitUntilReady(url, server, () => log);
  return {
    url,
    port: options.port,
    async stop() {
      await stopServer(server);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

async function waitUntilReady(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`PostgreSQL stopped while starting:\n${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections within 20 s:\n${log()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    // SIGINT is PostgreSQL's fast shutdown: sessions are ended, nothing waits for clients.
    server.kill("SIGINT");
  });
}

/** A database of its own on a running server, for one test file; dropped by the caller's stop. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`create database "${name.replace(/[^a-z0-9_]/g, "_")}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name.replace(/[^a-z0-9_]/g, "_")}`;
  return url.href;
}
