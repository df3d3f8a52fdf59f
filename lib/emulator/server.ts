import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Emulator } from "./emulator";
import { createEmulator } from "./emulator";
import { faultsInputSchema } from "./faults";
import type { EmulatorOptions } from "./options";

// The emulator on a real port for tests and local runs, bridging node:http to emulator.fetch. A client
// that hangs up aborts its request, so a hanging or slow fault never outlives its caller. The
// /__emulator/ control endpoints exist only here, never in the embedded (demo) emulator.

export type EmulatorServerOptions = EmulatorOptions & {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
};

export type EmulatorServer = {
  /** e.g. http://127.0.0.1:8787 */
  readonly url: string;
  /** url + "/client/v4", the base URL an upstream client is configured with. */
  readonly baseUrl: string;
  readonly emulator: Emulator;
  close(): Promise<void>;
};

const MAX_BODY_BYTES = 1_000_000;

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error("Request body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Sends the body as it is made, no faster than the client takes it (a hugeBody fault is never held). */
async function pipeBody(answer: Response, response: ServerResponse): Promise<void> {
  if (!answer.body) return void response.end();
  const reader = answer.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return void response.end();
    if (response.destroyed) return void reader.cancel().catch(() => undefined);
    if (!response.write(value)) {
      await new Promise<void>((resolve) => {
        const go = () => {
          response.off("drain", go).off("close", go);
          resolve();
        };
        response.on("drain", go).on("close", go);
      });
    }
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

function control(emulator: Emulator, method: string, path: string, body: Buffer, response: ServerResponse): void {
  const key = `${method} ${path.replace(/\/+$/, "")}`;
  switch (key) {
    case "GET /__emulator/health":
      return sendJson(response, 200, { ok: true, messages: emulator.messageCount, accountId: emulator.options.accountId, createdInMs: Math.round(emulator.createdInMs) });
    case "GET /__emulator/faults":
      return sendJson(response, 200, { faults: emulator.faults });
    case "POST /__emulator/faults": {
      let json: unknown;
      try {
        json = JSON.parse(body.toString("utf8"));
      } catch {
        return sendJson(response, 400, { error: "The body must be JSON: one fault or a list of faults." });
      }
      const parsed = faultsInputSchema.safeParse(json);
      if (!parsed.success) return sendJson(response, 400, { error: "Invalid fault", issues: parsed.error.issues });
      for (const fault of Array.isArray(parsed.data) ? parsed.data : [parsed.data]) emulator.addFault(fault);
      return sendJson(response, 200, { faults: emulator.faults });
    }
    case "DELETE /__emulator/faults":
      emulator.clearFaults();
      return sendJson(response, 200, { faults: [] });
    case "GET /__emulator/requests":
      return sendJson(response, 200, { requests: emulator.requests });
    case "DELETE /__emulator/requests":
      emulator.clearRequests();
      return sendJson(response, 200, { requests: [] });
    case "POST /__emulator/reset":
      emulator.reset();
      return sendJson(response, 200, { ok: true });
    default:
      return sendJson(response, 404, { error: `No control endpoint ${key}` });
  }
}

export async function startEmulatorServer(options: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  const { port = 0, host = "127.0.0.1", ...emulatorOptions } = options;
  const emulator = createEmulator(emulatorOptions);
  const inFlight = new Set<AbortController>();

  const server = createServer((request, response) => {
    const abort = new AbortController();
    inFlight.add(abort);
    // "close" on the response fires when the answer is sent or the client went away first.
    response.on("close", () => {
      if (!response.writableFinished) abort.abort(new DOMException("The client disconnected", "AbortError"));
      inFlight.delete(abort);
    });
    void (async () => {
      try {
        const body = request.method === "GET" || request.method === "HEAD" ? Buffer.alloc(0) : await readBody(request);
        const path = (request.url ?? "/").split("?")[0] ?? "/";
        if (path.startsWith("/__emulator/")) return control(emulator, request.method ?? "GET", path, body, response);
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers)) {
          if (Array.isArray(value)) for (const item of value) headers.append(name, item);
          else if (value !== undefined) headers.set(name, value);
        }
        const answer = await emulator.fetch(`http://${request.headers.host ?? `${host}:${port}`}${request.url ?? "/"}`, {
          method: request.method,
          headers,
          body: body.length > 0 ? new Uint8Array(body) : undefined,
          signal: abort.signal,
        });
        response.writeHead(answer.status, Object.fromEntries(answer.headers));
        await pipeBody(answer, response);
      } catch (error) {
        if (abort.signal.aborted || response.destroyed) return;
        sendJson(response, 500, { success: false, errors: [{ code: 1500, message: error instanceof Error ? error.message : "Emulator failure" }], messages: [], result: null });
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const printableHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${printableHost}:${address.port}`;

  return {
    url,
    baseUrl: `${url}/client/v4`,
    emulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const controller of inFlight) controller.abort(new DOMException("The emulator is shutting down", "AbortError"));
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
