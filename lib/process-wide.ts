// Next bundles route handlers, pages, the proxy and next-auth's route apart, each with its own copy of
// every module. What must be one per server process lives on globalThis, under a registered symbol so
// every bundle finds the same one.
export function processWide<T>(name: string, make: () => T): T {
  const shelf = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(`email-triage-dashboard.${name}`);
  shelf[key] ??= make();
  return shelf[key] as T;
}
