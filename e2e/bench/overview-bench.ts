import { signIn } from "../reliability/support/session";
import { firstLoadJsKb } from "./first-load-js";
import { startApp, startUpstream, USER_PASSWORD } from "./servers";

// The manager's overview on the emulator's default data (20,000 messages), with the default budget
// (1,000 calls per five minutes, so the counting is paced to a fifth of it): a cold 30-day overview
// (time to the first counted day, time to complete, upstream calls), then warm (page load, calls), and
// the first-load JavaScript of /overview beside the search page's, for each build given.
//   npx tsx e2e/bench/overview-bench.ts <port> <dist> [<dist>...]

const [portArg = "9760", ...dists] = process.argv.slice(2);

type OverviewBody = { days: { tally: unknown }[]; counting: { pendingDays: number } };

async function main(): Promise<void> {
  if (dists.length === 0) throw new Error("usage: overview-bench.ts <port> <dist> [...]");
  for (const [index, dist] of dists.entries()) {
    const upstream = await startUpstream({});
    const app = await startApp(Number(portArg) + index, upstream, { NEXT_DIST_DIR: dist });
    try {
      const cookie = await signIn(app.url, "bench-user-21", USER_PASSWORD);
      const calls = () => upstream.emulator.requests.filter((request) => /\/investigate$/.test(request.path) && request.query.includes("detections_only=true")).length;
      const started = performance.now();
      let firstAnswer = 0;
      let firstFigure = 0;
      for (;;) {
        const response = await fetch(`${app.url}/api/overview?period=30`, { headers: { cookie } }); // the last 30 days
        const body = (await response.json()) as OverviewBody;
        const elapsed = performance.now() - started;
        firstAnswer ||= elapsed;
        if (!firstFigure && body.days.some((day) => day.tally !== null)) firstFigure = elapsed;
        if (body.counting.pendingDays === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const complete = performance.now() - started;
      const cold = calls();
      const warm: number[] = [];
      for (let i = 0; i < 5; i++) {
        const begin = performance.now();
        await (await fetch(`${app.url}/overview`, { headers: { cookie } })).text();
        warm.push(performance.now() - begin);
      }
      warm.sort((a, b) => a - b);
      const overviewJs = await firstLoadJsKb(`${app.url}/overview`, cookie);
      const searchJs = await firstLoadJsKb(`${app.url}/messages`, cookie);
      console.log(
        `${dist.padEnd(16)} cold 30 days: first answer ${firstAnswer.toFixed(0)} ms, first day counted ${firstFigure.toFixed(0)} ms, complete ${(complete / 1000).toFixed(1)} s, ${cold} upstream calls | warm page load median ${warm[2]?.toFixed(0)} ms, ${calls() - cold} upstream calls | first-load JS /overview ${overviewJs.toFixed(1)} kB, search ${searchJs.toFixed(1)} kB`,
      );
    } finally {
      await app.stop();
      await upstream.close();
    }
  }
}

await main();
