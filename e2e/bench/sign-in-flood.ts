import { randomBytes } from "node:crypto";
import { timed } from "./http-bench";
import { percentile } from "./stats";

// A signed-in user's latency while anyone who can reach the server floods its sign-in with made-up
// names (which never reach the per-name throttle), beside the same user's latency at rest, in one run.
// The flood keeps a steady pace whatever the answers, above the ~26 sign-ins a second that once took
// this user from 9 ms to 1.7 s, and above what one password check at a time can hash.

export type FloodLatency = { restP50: number; floodP50: number; signInsPerSecond: number; refusedShare: number };

const SIGN_INS_PER_SECOND = 40;

export async function signInFlood(appUrl: string, url: string, cookie: string, count: number): Promise<FloodLatency> {
  for (let i = 0; i < 20; i++) await timed(url, { cookie }); // warm-up
  const rest: number[] = [];
  for (let i = 0; i < count; i++) rest.push(await timed(url, { cookie }));

  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((value) => value.split(";")[0]).join("; ");
  const statuses: number[] = [];
  const inFlight = new Set<Promise<void>>();
  const signInOnce = async () => {
    const response = await fetch(`${appUrl}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
      body: new URLSearchParams({ csrfToken, username: randomBytes(8).toString("hex"), password: "guess", json: "true" }),
      redirect: "manual",
    });
    await response.arrayBuffer();
    statuses.push(response.status);
  };
  const started = performance.now();
  const pacer = setInterval(() => {
    const one = signInOnce().finally(() => inFlight.delete(one));
    inFlight.add(one);
  }, 1000 / SIGN_INS_PER_SECOND);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const during: number[] = [];
  for (let i = 0; i < count; i++) during.push(await timed(url, { cookie }));
  clearInterval(pacer);
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  return {
    restP50: percentile(rest, 50),
    floodP50: percentile(during, 50),
    signInsPerSecond: statuses.length / seconds,
    refusedShare: statuses.filter((status) => status === 429).length / Math.max(1, statuses.length),
  };
}
