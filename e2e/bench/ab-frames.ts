import type { Page } from "@playwright/test";
import { signIn } from "../reliability/support/session";
import { firstRows, launch, SCROLL_SCRIPT, signedInContext } from "./browser-bench";
import { startApp, startUpstream, USER_PASSWORD } from "./servers";
import { median, percentile } from "./stats";

// A/B of builds of the table: first, the time from submitting a search to its first rows (the table
// bench's "first rows", several times a build, in turn); then the renderer main thread's CPU time (trace
// `tdur`) per frame while the bench's loop flings 600 px a frame through 50,000 rows, each build measured
// in turn, round after round, in one run. On a loaded 2-core machine wall-clock frame times swing by 2-3x and even thread time per frame by
// up to a third between rounds of one build, so compare medians over several rounds, not single rounds. Each build is a dist dir made beforehand with
// `NEXT_DIST_DIR=<dir> next build` (then `git checkout tsconfig.json`).
//   npx tsx e2e/bench/ab-frames.ts <port> <rounds> <distA> <distB> [...]

const [portArg = "9870", roundsArg = "4", ...dists] = process.argv.slice(2);
type TraceEvent = { name: string; ph: string; tid: number; pid: number; dur?: number; tdur?: number; args?: { name?: string } };
// Top-level kinds only: FunctionCall is counted, not the FireAnimationFrame or EventDispatch around it.
const NAMES: Record<string, string> = {
  FunctionCall: "js", EvaluateScript: "js", RunMicrotasks: "js", MinorGC: "gc", MajorGC: "gc",
  Layout: "layout", UpdateLayoutTree: "style", Paint: "paint", PrePaint: "prepaint", Layerize: "layerize", Commit: "commit",
};

async function measure(page: Page) {
  const browser = page.context().browser();
  if (!browser) throw new Error("no browser");
  await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel"] });
  const frames = (await page.evaluate(SCROLL_SCRIPT)) as number[];
  const buffer = await browser.stopTracing();
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && events.some((x) => x.pid === e.pid && x.name === "Layout"));
  const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === "X");
  const sum: Record<string, number> = { task: 0, tdurMissing: 0 };
  for (const e of mine) {
    const t = (e.tdur ?? e.dur ?? 0) / 1000;
    if (e.tdur === undefined) sum.tdurMissing = (sum.tdurMissing ?? 0) + 1;
    if (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") sum.task = (sum.task ?? 0) + t;
    const group = NAMES[e.name];
    if (group) sum[group] = (sum[group] ?? 0) + t;
  }
  const n = frames.length;
  const per: Record<string, number> = Object.fromEntries(Object.entries(sum).map(([k, v]) => [k, +(v / n).toFixed(2)]));
  return { frames: n, p50: percentile(frames, 50), p95: percentile(frames, 95), over50: frames.filter((f) => f > 50).length, task: (sum.task ?? 0) / n, perFrame: per };
}

async function main() {
  const upstream = await startUpstream({ count: 60_000, rateLimit: { limit: 1_000_000_000 } });
  const apps = [];
  for (const [i, dist] of dists.entries()) apps.push(await startApp(Number(portArg) + i, upstream, { NEXT_DIST_DIR: dist, UPSTREAM_BUDGET: "1200", UPSTREAM_BUDGET_WINDOW_SECONDS: "1" }));
  const browser = await launch();
  try {
    const builds = [];
    for (const app of apps) builds.push({ app, context: await signedInContext(browser, app.url, await signIn(app.url, "bench-user-21", USER_PASSWORD)) });
    const first = dists.map((): number[] => []);
    for (let round = 0; round < 2 * Number(roundsArg) + 1; round++) {
      for (const [i, { app, context }] of builds.entries()) {
        const ms = await firstRows(context, app.url);
        if (round > 0) first[i]?.push(ms); // the first round warms each build up
      }
    }
    for (const [i, dist] of dists.entries()) console.log(`${dist}: first rows after submit, median ${median(first[i] ?? []).toFixed(0)} ms of ${first[i]?.join(", ")}`);
    const pages: Page[] = [];
    for (const { app, context } of builds) {
      const page = await context.newPage();
      await page.goto(`${app.url}/messages?detections_only=false&range=30d&per_page=1000`);
      await page.locator("tbody tr[data-row-id]").first().waitFor({ timeout: 60_000 });
      const scroller = page.getByTestId("results-scroller");
      for (;;) {
        const text = (await page.getByTestId("results-footer").textContent()) ?? "";
        const n = Number((/([\d,]+) messages? loaded/.exec(text)?.[1] ?? /End of results: ([\d,]+)/.exec(text)?.[1] ?? "0").replaceAll(",", ""));
        if (n >= 50_000) break;
        await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight));
        await page.waitForTimeout(50);
      }
      pages.push(page);
    }
    for (const page of pages) await measure(page); // warm-up
    const taskPerFrame = dists.map((): number[] => []);
    for (let round = 0; round < Number(roundsArg); round++) {
      for (const [i, page] of pages.entries()) {
        const dom = await page.evaluate(() => document.querySelectorAll("*").length);
        const figures = await measure(page);
        taskPerFrame[i]?.push(figures.task);
        console.log(JSON.stringify({ build: dists[i], round, dom, ...figures }));
      }
    }
    for (const [i, dist] of dists.entries()) console.log(`${dist}: main-thread CPU per frame, median ${median(taskPerFrame[i] ?? []).toFixed(1)} ms`);
  } finally {
    await browser.close();
    for (const app of apps) await app.stop();
    await upstream.close();
  }
}

void main();
