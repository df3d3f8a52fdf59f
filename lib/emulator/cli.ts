import { parseArgs } from "node:util";
import { EMULATOR_ACCOUNT_ID, EMULATOR_TOKEN } from "./constants";
import { startEmulatorServer } from "./server";

// npx tsx lib/emulator/cli.ts --port 8787 [--host 127.0.0.1] [--seed 1] [--count 20000] [--rate-limit 1200]
// Each flag can also come from EMULATOR_PORT, EMULATOR_HOST, EMULATOR_SEED, EMULATOR_COUNT,
// EMULATOR_RATE_LIMIT. --rate-limit is the calls per five minutes before a 429 (Cloudflare's is 1,200).

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    console.error(`emulator: ${name} must be a whole number ≥ 0, got "${value}"`);
    process.exit(2);
  }
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      seed: { type: "string" },
      count: { type: "string" },
      "rate-limit": { type: "string" },
    },
    strict: true,
  });
  const env = process.env;
  const server = await startEmulatorServer({
    port: integer("--port", values.port ?? env.EMULATOR_PORT, 8787),
    host: values.host ?? env.EMULATOR_HOST ?? "127.0.0.1",
    seed: integer("--seed", values.seed ?? env.EMULATOR_SEED, 1),
    count: integer("--count", values.count ?? env.EMULATOR_COUNT, 20_000),
    ...(values["rate-limit"] ?? env.EMULATOR_RATE_LIMIT
      ? { rateLimit: { limit: integer("--rate-limit", values["rate-limit"] ?? env.EMULATOR_RATE_LIMIT, 1_200) } }
      : {}),
  });
  console.log(`Cloudflare Email Security emulator listening on ${server.url}`);
  console.log(`  base URL:   ${server.baseUrl}`);
  console.log(`  account id: ${EMULATOR_ACCOUNT_ID}`);
  console.log(`  token:      ${EMULATOR_TOKEN} (Authorization: Bearer)`);
  console.log(`  messages:   ${server.emulator.messageCount}, generated in ${Math.round(server.emulator.createdInMs)} ms`);
  console.log(`  control:    ${server.url}/__emulator/{health,faults,requests,reset}`);

  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: shutting down`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
