import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

// Which PostgreSQL server the tests start, so that `npm test` is all a new machine needs. In order:
// POSTGRES_BIN (a directory holding initdb and postgres); Debian's packages under /usr/lib/postgresql,
// newest first; initdb on PATH; and, as root where apt-get exists, Debian's package installed now.

export type PostgresResult = { ok: true; bin: string; source: string } | { ok: false; message: string };

const DEBIAN = "/usr/lib/postgresql";
const HOW_TO_INSTALL =
  "Install one: on Debian or Ubuntu `apt-get install postgresql` (as root), on macOS `brew install postgresql`; or set POSTGRES_BIN to the directory holding initdb and postgres.";

export function findPostgres(env: NodeJS.ProcessEnv = process.env, options: { install?: boolean } = {}): PostgresResult {
  if (env.POSTGRES_BIN) {
    if (hasServer(env.POSTGRES_BIN)) return { ok: true, bin: env.POSTGRES_BIN, source: "POSTGRES_BIN" };
    return { ok: false, message: `POSTGRES_BIN is ${env.POSTGRES_BIN}, and it holds no initdb and postgres. ${HOW_TO_INSTALL}` };
  }
  const debian = debianServer();
  if (debian) return { ok: true, bin: debian, source: "Debian's package" };
  const onPath = which("initdb");
  if (onPath) return { ok: true, bin: onPath.replace(/\/initdb$/, ""), source: "PATH" };
  if (options.install && process.getuid?.() === 0 && which("apt-get")) {
    try {
      execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
      execFileSync("apt-get", ["install", "-y", "-qq", "postgresql"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    } catch {
      // Said below, with what to install.
    }
    const installed = debianServer();
    if (installed) return { ok: true, bin: installed, source: "Debian's package, just installed" };
  }
  return { ok: false, message: `No PostgreSQL server for the tests: POSTGRES_BIN is not set, there is nothing under ${DEBIAN} and no initdb on PATH. ${HOW_TO_INSTALL}` };
}

function debianServer(): string | null {
  if (!existsSync(DEBIAN)) return null;
  const versions = readdirSync(DEBIAN)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = join(DEBIAN, version, "bin");
    if (hasServer(bin)) return bin;
  }
  return null;
}

function hasServer(bin: string): boolean {
  return existsSync(join(bin, "initdb")) && existsSync(join(bin, "postgres"));
}

function which(command: string): string | null {
  try {
    return execFileSync("which", [command], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || null;
  } catch {
    return null;
  }
}
