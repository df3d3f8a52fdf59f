// Run as its own process (`node --experimental-websocket --import tsx heap-after-gc.ts <inspector url>`;
// WebSocket needs the flag on Node 20): asks a server started with --inspect to collect its garbage and
// prints its process.memoryUsage() as JSON. What a server keeps, not what it has yet to collect.

const url = process.argv[2];
if (!url) throw new Error("usage: heap-after-gc.ts ws://host:port/id");
const socket = new WebSocket(url);
const waiting = new Map<number, (result: unknown) => void>();
let lastId = 0;

function call(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const id = ++lastId;
  socket.send(JSON.stringify({ id, method, params }));
  return new Promise((resolve) => waiting.set(id, resolve));
}

socket.onmessage = (event: MessageEvent) => {
  const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
  if (message.id !== undefined) waiting.get(message.id)?.(message.result);
};
socket.onopen = async () => {
  await call("HeapProfiler.collectGarbage");
  await call("HeapProfiler.collectGarbage");
  const result = (await call("Runtime.evaluate", { expression: "JSON.stringify(process.memoryUsage())", returnByValue: true })) as { result: { value: string } };
  process.stdout.write(result.result.value);
  socket.close();
};
