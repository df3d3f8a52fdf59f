import { signIn } from "../reliability/support/session";
import { deepLinkLcp, launch, signedInContext } from "./browser-bench";
import { startApp, startUpstream, USER_PASSWORD, type App } from "./servers";
import { median } from "./stats";

// A/B of builds' deep link: a message URL opened cold → its largest contentful paint, in Chromium, each
// build in turn, round after round, in one run. Each build is a dist dir made beforehand with
// `NEXT_DIST_DIR=<dir> next build` (then `git checkout tsconfig.json`).
//   npx tsx e2e/bench/ab-lcp.ts <port> <rounds> <distA> <distB> [...]

const [portArg = "9760", roundsArg = "7", ...dists] = process.argv.slice(2);

async function main(): Promise<void> {
  if (dists.length === 0) throw new Error("usage: ab-lcp.ts <port> <rounds> <distA> <distB> [...]");
  const upstream = await startUpstream({ count: 2_000 });
  const apps: App[] = [];
  const browser = await launch();
  try {
    for (const [index, dist] of dists.entries()) apps.push(await startApp(Number(portArg) + index, upstream, { NEXT_DIST_DIR: dist }));
    const ids = upstream.emulator.messages.slice(0, Number(roundsArg) + 1).map((message) => message.id);
    const contexts = await Promise.all(apps.map(async (app) => signedInContext(browser, app.url, await signIn(app.url, "bench-user-21", USER_PASSWORD))));
    const lcps: number[][] = apps.map(() => []);
    // A first visit per build warms its server; then each round opens a message not opened before.
    for (const [round, id] of ids.entries()) {
      for (const [index, app] of apps.entries()) {
        const context = contexts[index];
        if (!context) continue;
        const lcp = await deepLinkLcp(context, app.url, id);
        if (round > 0) lcps[index]?.push(lcp);
      }
    }
    for (const [index, dist] of dists.entries()) {
      const values = lcps[index] ?? [];
      console.log(`${dist?.padEnd(16)} deep link → LCP: median ${median(values).toFixed(0)} ms (${values.map((value) => value.toFixed(0)).join(", ")})`);
    }
  } finally {
    await browser.close();
    for (const app of apps) await app.stop();
    await upstream.close();
  }
}

await main();
