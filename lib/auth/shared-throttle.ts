import "server-only";
import { withDatabase } from "@/lib/db/database";
import { SignInThrottle, keyOf, type ThrottleOptions } from "./sign-in-throttle";
import { addFailure, forgetFailures, recentFailures } from "./throttle-records";

// The sign-in throttle every replica shares: failed sign-ins per name are rows in the database, so ten
// guesses shut a name however the load balancer spreads them. A name is shut while `limit` failures
// lie within the window, until the one that makes it `limit` leaves it. While the database is down
// this replica counts on its own (SignInThrottle), which it keeps up to date all along: never less
// strict than one replica was before the database.

export class SharedSignInThrottle {
  private readonly local: SignInThrottle;
  private readonly now: () => number;

  constructor(private readonly options: ThrottleOptions) {
    this.local = new SignInThrottle(options);
    this.now = options.now ?? Date.now;
  }

  async retryAfterMs(name: string): Promise<number> {
    const now = this.now();
    const local = this.local.retryAfterMs(name);
    try {
      const failures = await withDatabase("check the sign-in throttle", (db) => recentFailures(db, keyOf(name), now - this.options.windowMs));
      const opening = failures[failures.length - this.options.limit];
      const shared = opening === undefined ? 0 : opening + this.options.windowMs - now;
      return Math.max(local, shared, 0);
    } catch {
      return local;
    }
  }

  async recordFailure(name: string): Promise<void> {
    const now = this.now();
    this.local.recordFailure(name);
    await withDatabase("count the failed sign-in", (db) => addFailure(db, keyOf(name), now, now - this.options.windowMs)).catch(() => undefined);
  }

  async reset(name: string): Promise<void> {
    this.local.reset(name);
    await withDatabase("forget the failed sign-ins", (db) => forgetFailures(db, keyOf(name))).catch(() => undefined);
  }
}
