import type { Rng } from "../prng";

// When mail arrives: the 30 days before `now`, weighted to Acme's US-Eastern working day and to weekdays.
// Times are whole seconds, as Cloudflare prints them, so equal times (ties) happen and must be ordered.

export const DAY_MS = 86_400_000;
export const WINDOW_MS = 30 * DAY_MS;

const HOUR_WEIGHT = [0.5, 0.45, 0.35, 0.25, 0.2, 0.2, 0.2, 0.2, 0.25, 0.3, 0.4, 0.6, 0.8, 1, 1, 1, 1, 1, 1, 0.95, 0.9, 0.85, 0.75, 0.6];

export function sampleTime(rng: Rng, now: number): number {
  for (;;) {
    const offset = 1000 + rng.next() * (WINDOW_MS - 2000);
    const time = Math.floor((now - offset) / 1000) * 1000;
    const date = new Date(time);
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    const weight = (HOUR_WEIGHT[date.getUTCHours()] ?? 1) * (weekend ? 0.3 : 1);
    if (rng.next() < weight) return time;
  }
}
