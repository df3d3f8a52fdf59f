import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase, startPostgres } from "@/lib/testing/postgres/start-postgres";
import { signIn } from "../reliability/support/session";
import { throughput, timed } from "./http-bench";
import { processGroupCpuMs, startApp, startUpstream, USER_PASSWORD, type App } from "./servers";
import { median, percentile } from "./stats";

// What the store costs on the hot path (every request reads its session; every upstream call spends
// the budget), side by side in one run, round after round so machine noise hits every row alike:
//   memory    — the app before the database (a checkout of it, built), sessions and budget in memory;
//   PGlite    — this build, its embedded database;
//   PostgreSQL — this build on a PostgreSQL server started here; and two replicas of it on one database.
// For each: p50 latency at concurrency 1 and server CPU per request (search of 25 rows, one message),
// then requests per second at 10 connections (two replicas: 10 each, summed).
//   npx tsx e2e/bench/store-bench.ts <port> <rounds> <checkout of the app before the database> <dist dir of this build>

const [portArg = "9700", roundsArg = "5", memoryCheckout, headDist = ".next-store"] = process.argv.slice(2);
const PER_ROUND = 60;
const THROUGHPUT_SECONDS = 4;

async function main(): Promise<void> {
  if (!memoryCheckout) throw new Error("usage: store-bench.ts <port> <rounds> <checkout before the database, built> [dist dir]");
  const port = Number(portArg);
  const upstream = await startUpstream({ count: 60_000, rateLimit: { limit: 1_000_000_000 } });
  const postgres = await startPostgres({ port: port + 20 });
  const apps: { label: string; app: App }[] = [];
  try {
    const serverDb = await createDatabase(postgres.url, "bench");
    // A budget that never refuses, and no copies of answers: the bench measures the store's cost on the
    // way to Cloudflare, not the budget's limit or a copy that skips the way.
    const common = { UPSTREAM_BUDGET: "1200", UPSTREAM_BUDGET_WINDOW_SECONDS: "1", UPSTREAM_ANSWER_COPIES: "off" };
    apps.push({ label: "memory (before the database)", app: await startApp(port, upstream, { ...common, NEXT_DIST_DIR: ".next" }, memoryCheckout) });
    apps.push({ label: "PGlite", app: await startApp(port + 1, upstream, { ...common, NEXT_DIST_DIR: headDist, DATA_DIR: mkdtempSync(join(tmpdir(), "bench-pglite-")) }) });
    apps.push({ label: "PostgreSQL", app: await startApp(port + 2, upstream, { ...common, NEXT_DIST_DIR: headDist, DATABASE_URL: serverDb }) });
    const replica = await startApp(port + 3, upstream, { ...common, NEXT_DIST_DIR: headDist, DATABASE_URL: serverDb });
    const cookies = await Promise.all(apps.map(({ app }) => signIn(app.url, "bench-user-21", USER_PASSWORD)));
    const replicaCookie = await signIn(replica.url, "bench-user-20", USER_PASSWORD);
    const id = upstream.emulator.messages[0]?.id ?? "";
    const paths = [
      ["search", "/api/messages?per_page=25"],
      ["message", `/api/messages/${encodeURIComponent(id)}`],
    ] as const;
    for (const [index, { app }] of apps.entries()) for (const [, path] of paths) for (let i = 0; i < 50; i++) await timed(`${app.url}${path}`, { cookie: cookies[index] ?? "" });

    const latency: Record<string, number[]> = {};
    const cpu: Record<string, number[]> = {};
    const rps: Record<string, number[]> = {};
    for (let round = 0; round < Number(roundsArg); round++) {
      for (const [label, path] of paths) {
        for (const [index, { label: engine, app }] of apps.entries()) {
          const key = `${label.padEnd(8)} ${engine}`;
          const before = processGroupCpuMs(app.pid);
          const times: number[] = [];
          for (let i = 0; i < PER_ROUND; i++) times.push(await timed(`${app.url}${path}`, { cookie: cookies[index] ?? "" }));
          (cpu[key] ??= []).push((processGroupCpuMs(app.pid) - before) / PER_ROUND);
          (latency[key] ??= []).push(percentile(times, 50));
        }
      }
      for (const [index, { label, app }] of apps.entries()) {
        (rps[label] ??= []).push((await throughput(`${app.url}${paths[0][1]}`, app.pid, cookies[index] ?? "", THROUGHPUT_SECONDS)).rps);
      }
      const [one, two] = await Promise.all([
        throughput(`${apps[2]?.app.url}${paths[0][1]}`, apps[2]?.app.pid ?? 0, cookies[2] ?? "", THROUGHPUT_SECONDS),
        throughput(`${replica.url}${paths[0][1]}`, replica.pid, replicaCookie, THROUGHPUT_SECONDS),
      ]);
      (rps["PostgreSQL, two replicas (10 connections each, summed)"] ??= []).push(one.rps + two.rps);
    }
    console.log(`\nThe store on the hot path: medians of ${roundsArg} rounds (${PER_ROUND} requests each at concurrency 1; ${THROUGHPUT_SECONDS} s at 10 connections)`);
    for (const [key, values] of Object.entries(latency)) {
      console.log(`${key.padEnd(40)} p50 ${median(values).toFixed(2)} ms   server CPU per request ${median(cpu[key] ?? []).toFixed(2)} ms`);
    }
    for (const [label, values] of Object.entries(rps)) console.log(`search, ${label.padEnd(56)} ${median(values).toFixed(0)} req/s`);
    await replica.stop();
  } finally {
    for (const { app } of apps) await app.stop();
    await upstream.close();
    await postgres.stop();
  }
}

await main();
