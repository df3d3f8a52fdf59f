import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// Which user an upstream call is spent for, without threading it through every lib function: the
// route wrapper runs each handler inside runAsUser, and so does the server-rendered message page.
// Calls outside any user's request (start-up) are charged to one shared "server" user.

const storage = new AsyncLocalStorage<string>();

export function runAsUser<T>(user: string, fn: () => T): T {
  return storage.run(user, fn);
}

export function currentUser(): string {
  return storage.getStore() ?? "server";
}
