import { signIn } from "../reliability/support/session";
import { timed } from "./http-bench";
import { directUrls, processGroupCpuMs, startApp, startUpstream, USER_PASSWORD, type App } from "./servers";
import { median, percentile } from "./stats";

// A/B of builds of the route path: each build's p50 latency at concurrency 1 and its server's CPU time
// per request (utime + stime of its process group, from /proc), round after round in one run, so machine
// noise hits every build alike. On a loaded machine CPU per request moves far less than latency; judge
// by it. Each build is a dist dir made beforehand with `NEXT_DIST_DIR=<dir> next build` (then
// `git checkout tsconfig.json`).
//   npx tsx e2e/bench/ab-http.ts <port> <rounds> <distA> <distB> [...]

const [portArg = "9650", roundsArg = "6", ...dists] = process.argv.slice(2);
const PER_ROUND = 60;

async function main(): Promise<void> {
  if (dists.length === 0) throw new Error("usage: ab-http.ts <port> <rounds> <distA> <distB> [...]");
  const upstream = await startUpstream({ count: 60_000, rateLimit: { limit: 1_000_000_000 } });
  const apps: App[] = [];
  try {
    for (const [index, dist] of dists.entries()) {
      apps.push(await startApp(Number(portArg) + index, upstream, { NEXT_DIST_DIR: dist, UPSTREAM_BUDGET: "1200", UPSTREAM_BUDGET_WINDOW_SECONDS: "1", UPSTREAM_ANSWER_COPIES: "off" }));
    }
    const cookies = await Promise.all(apps.map((app) => signIn(app.url, "bench-user-21", USER_PASSWORD)));
    const id = upstream.emulator.messages[0]?.id ?? "";
    const direct = directUrls(upstream, id);
    const paths = [
      ["search", "/api/messages?per_page=25", direct.search],
      ["message", `/api/messages/${encodeURIComponent(id)}`, direct.message],
    ] as const;
    const latency: Record<string, number[]> = {};
    const cpu: Record<string, number[]> = {};
    for (const [index, app] of apps.entries()) for (const [, path] of paths) for (let i = 0; i < 50; i++) await timed(`${app.url}${path}`, { cookie: cookies[index] ?? "" });
    for (let round = 0; round < Number(roundsArg); round++) {
      for (const [label, path, directUrl] of paths) {
        for (const [index, app] of apps.entries()) {
          const key = `${label}  ${dists[index]}`;
          const before = processGroupCpuMs(app.pid);
          const times: number[] = [];
          for (let i = 0; i < PER_ROUND; i++) times.push(await timed(`${app.url}${path}`, { cookie: cookies[index] ?? "" }));
          (cpu[key] ??= []).push((processGroupCpuMs(app.pid) - before) / PER_ROUND);
          (latency[key] ??= []).push(percentile(times, 50));
        }
        const times: number[] = [];
        for (let i = 0; i < PER_ROUND; i++) times.push(await timed(directUrl, direct.headers));
        (latency[`${label}  direct`] ??= []).push(percentile(times, 50));
      }
    }
    for (const [key, values] of Object.entries(latency)) {
      const perRequest = cpu[key] ? `${median(cpu[key]).toFixed(2)} ms` : "—";
      console.log(`${key.padEnd(36)} p50 ${median(values).toFixed(2)} ms   server CPU per request ${perRequest}`);
    }
  } finally {
    for (const app of apps) await app.stop();
    await upstream.close();
  }
}

await main();
