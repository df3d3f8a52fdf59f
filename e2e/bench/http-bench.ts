import autocannon from "autocannon";
import type { EmulatorServer } from "@/lib/emulator/server";
import { signIn } from "../reliability/support/session";
import { directUrls, processGroupCpuMs, USER_PASSWORD, userNames } from "./servers";
import { percentile } from "./stats";

// What the route handlers cost over calling the emulator directly (the same requests, interleaved so
// machine noise hits both sides alike), their throughput, and how twenty users spend the upstream budget.

/** One GET read to the end, in milliseconds. */
export async function timed(url: string, headers: Record<string, string>): Promise<number> {
  const started = performance.now();
  const response = await getRetryingClosedSocket(url, headers);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`bench: ${response.status} from ${url}`);
  return performance.now() - started;
}

// undici checks its idle sockets against the server's keep-alive timeout (5 s for next start) on a
// coarse clock, so now and then it hands out one the server has just closed: "other side closed". A
// browser sends a GET again on a fresh connection then (RFC 9112 §9.3.1); so does the bench, once.
async function getRetryingClosedSocket(url: string, headers: Record<string, string>): Promise<Response> {
  try {
    return await fetch(url, { headers });
  } catch (error) {
    const code = error instanceof Error && typeof error.cause === "object" && error.cause !== null && "code" in error.cause ? error.cause.code : null;
    if (code !== "UND_ERR_SOCKET" && code !== "ECONNRESET") throw error;
    return fetch(url, { headers });
  }
}

export type ProxyCost = { appP50: number; appP99: number; floorP50: number; directP50: number; directP99: number; addedP50: number };

/**
 * Concurrency 1: the app, the floor (a bare route handler fetching the same upstream URL and forwarding
 * the body) and the emulator directly, interleaved request by request.
 */
export async function proxyCost(appUrl: string, floorUrl: string, directUrl: string, cookie: string, directHeaders: Record<string, string>, count: number): Promise<ProxyCost> {
  const app: number[] = [];
  const floor: number[] = [];
  const direct: number[] = [];
  for (let i = 0; i < 20; i++) await Promise.all([timed(appUrl, { cookie }), timed(floorUrl, {}), timed(directUrl, directHeaders)]); // warm-up
  for (let i = 0; i < count; i++) {
    app.push(await timed(appUrl, { cookie }));
    floor.push(await timed(floorUrl, {}));
    direct.push(await timed(directUrl, directHeaders));
  }
  const appP50 = percentile(app, 50);
  const directP50 = percentile(direct, 50);
  return { appP50, appP99: percentile(app, 99), floorP50: percentile(floor, 50), directP50, directP99: percentile(direct, 99), addedP50: appP50 - directP50 };
}

export type Throughput = { rps: number; errors: number; serverCpuMsPerRequest: number; benchCpuShare: number };

/**
 * Concurrency 10 for `seconds`, with where the CPU went: the dashboard's per request, and the share of a
 * core this process took meanwhile (the emulator answering and autocannon asking share the 2 cores).
 */
export async function throughput(url: string, serverPid: number, cookie: string, seconds: number): Promise<Throughput> {
  const serverBefore = processGroupCpuMs(serverPid);
  const benchBefore = process.cpuUsage();
  const result = await autocannon({ url, connections: 10, duration: seconds, headers: { cookie } });
  const bench = process.cpuUsage(benchBefore);
  return {
    rps: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
    serverCpuMsPerRequest: (processGroupCpuMs(serverPid) - serverBefore) / Math.max(1, result.requests.total),
    benchCpuShare: (bench.user + bench.system) / 1000 / (seconds * 1000),
  };
}

export { directUrls };

export type Economy = { upstreamCalls: number; firstWindowCalls: number; upstream429: number; app429: number; requests: number; seconds: number };

/** The budget's window in the economy run's dashboard (the default UPSTREAM_BUDGET_WINDOW_SECONDS). */
const BUDGET_WINDOW_MS = 300_000;

/**
 * Twenty analysts for `seconds`, each running a search, its next page and a message with its parts
 * (what the detail page asks for), then reading for a second: the calls that reach Cloudflare.
 */
export async function economy(appUrl: string, upstream: EmulatorServer, seconds: number): Promise<Economy> {
  const cookies = await Promise.all(userNames(20).map((name) => signIn(appUrl, name, USER_PASSWORD)));
  upstream.emulator.clearRequests();
  const statuses: number[] = [];
  const startedAt = Date.now();
  const until = startedAt + seconds * 1000;
  const terms = ["", "invoice", "microsoft", "payroll", "urgent", "docusign"];
  const get = async (cookie: string, path: string) => {
    const response = await fetch(`${appUrl}${path}`, { headers: { cookie } });
    statuses.push(response.status);
    return response.ok ? ((await response.json()) as Record<string, unknown>) : null;
  };
  await Promise.all(
    cookies.map(async (cookie, user) => {
      for (let round = 0; Date.now() < until; round++) {
        const term = terms[(user + round) % terms.length] ?? "";
        const search = `/api/messages?per_page=100${term ? `&query=${term}` : ""}`;
        const page = await get(cookie, search);
        if (typeof page?.next === "string") await get(cookie, `${search}&cursor=${encodeURIComponent(page.next)}`);
        const id = ((page?.messages ?? []) as Array<{ id: string }>)[round % 10]?.id;
        if (id) for (const part of ["", "/detections", "/action-log"]) await get(cookie, `/api/messages/${encodeURIComponent(id)}${part}`);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }),
  );
  const calls = upstream.emulator.requests.filter((entry) => entry.path.includes("/email-security/"));
  // The budget's window slides: the last round, still running when the time is up, may rightly spend
  // calls freed by the first ones. So the budget is checked on the run's first window.
  const firstWindow = calls.filter((entry) => Date.parse(entry.at) < startedAt + BUDGET_WINDOW_MS);
  return {
    upstreamCalls: calls.length,
    firstWindowCalls: firstWindow.length,
    upstream429: calls.filter((entry) => entry.status === 429).length,
    app429: statuses.filter((status) => status === 429).length,
    requests: statuses.length,
    seconds,
  };
}
