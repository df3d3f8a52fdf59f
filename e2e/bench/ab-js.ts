import { signIn } from "../reliability/support/session";
import { firstLoadJsKb } from "./first-load-js";
import { startApp, startUpstream, USER_PASSWORD, type App } from "./servers";

// A/B of builds' first-load JavaScript: the search page and a message page, gzipped, as each build
// serves them, side by side in one run. Each build is a dist dir made beforehand with
// `NEXT_DIST_DIR=<dir> next build` (then `git checkout tsconfig.json`).
//   npx tsx e2e/bench/ab-js.ts <port> <distA> <distB> [...]

const [portArg = "9680", ...dists] = process.argv.slice(2);

async function main(): Promise<void> {
  if (dists.length === 0) throw new Error("usage: ab-js.ts <port> <distA> <distB> [...]");
  const upstream = await startUpstream({ count: 2_000 });
  const apps: App[] = [];
  try {
    for (const [index, dist] of dists.entries()) apps.push(await startApp(Number(portArg) + index, upstream, { NEXT_DIST_DIR: dist }));
    const id = upstream.emulator.messages[0]?.id ?? "";
    for (const [index, app] of apps.entries()) {
      const cookie = await signIn(app.url, "bench-user-21", USER_PASSWORD);
      const search = await firstLoadJsKb(`${app.url}/messages`, cookie);
      const message = await firstLoadJsKb(`${app.url}/messages/${encodeURIComponent(id)}`, cookie);
      console.log(`${dists[index]?.padEnd(14)} first-load JS: search page ${search.toFixed(1)} kB, message page ${message.toFixed(1)} kB (gzip)`);
    }
  } finally {
    for (const app of apps) await app.stop();
    await upstream.close();
  }
}

await main();
