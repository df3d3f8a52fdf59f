import { randomBytes } from "node:crypto";
import { timed } from "./http-bench";
import { percentile } from "./stats";

// A signed-in user's latency while anyone who can reach the server floods its sign-in with made-up
// names (which never reach the per-name throttle), beside the same user's latency at rest, in one run.

export type FloodLatency = { restP50: number; floodP50: number; signInsPerSecond: number; refusedShare: number };

const FLOODERS = 8;

export async function signInFlood(appUrl: string, url: string, cookie: string, count: number): Promise<FloodLatency> {
  for (let i = 0; i < 20; i++) await timed(url, { cookie }); // warm-up
  const rest: number[] = [];
  for (let i = 0; i < count; i++) rest.push(await timed(url, { cookie }));

  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((value) => value.split(";")[0]).join("; ");
  const statuses: number[] = [];
  let flooding = true;
  const flood = async () => {
    while (flooding) {
      const response = await fetch(`${appUrl}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
        body: new URLSearchParams({ csrfToken, username: randomBytes(8).toString("hex"), password: "guess", json: "true" }),
        redirect: "manual",
      });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
  };
  const started = performance.now();
  const flooders = Array.from({ length: FLOODERS }, flood);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const during: number[] = [];
  for (let i = 0; i < count; i++) during.push(await timed(url, { cookie }));
  flooding = false;
  await Promise.all(flooders);
  const seconds = (performance.now() - started) / 1000;
  return {
    restP50: percentile(rest, 50),
    floodP50: percentile(during, 50),
    signInsPerSecond: statuses.length / seconds,
    refusedShare: statuses.filter((status) => status === 429).length / Math.max(1, statuses.length),
  };
}
