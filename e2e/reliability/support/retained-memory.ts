import { execFileSync } from "node:child_process";

// What a dashboard started with NODE_OPTIONS=--inspect=127.0.0.1:0 still holds after a full garbage
// collection, in MB: the V8 heap and the memory of Buffers. RSS would count garbage not yet collected
// and pools the allocator keeps, and so move by tens of MB with no leak at all.

export const INSPECT_OPTIONS = { NODE_OPTIONS: "--inspect=127.0.0.1:0" };

export function retainedMb(serverLog: string): number {
  const url = /Debugger listening on (ws:\/\/\S+)/.exec(serverLog)?.[1];
  if (!url) throw new Error("The dashboard was not started with --inspect");
  const output = execFileSync(process.execPath, ["--experimental-websocket", "--no-warnings", "--import", "tsx", "e2e/reliability/support/heap-after-gc.ts", url], { encoding: "utf8", timeout: 30_000 });
  const usage = JSON.parse(output) as { heapUsed: number; external: number };
  return (usage.heapUsed + usage.external) / (1024 * 1024);
}
