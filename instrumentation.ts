// Runs once when a server starts: a bad configuration stops start-up here, naming the variable,
// instead of failing on the first request. Node-only code lives behind the runtime check.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigAtStart } = await import("@/lib/server/check-at-start");
    await checkConfigAtStart();
  }
}
