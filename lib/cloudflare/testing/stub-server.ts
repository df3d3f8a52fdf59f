import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A small real HTTP server for tests: it records every request it receives and answers as the test
// says. Tests talk to it over the loopback like the client talks to Cloudflare.

export type RecordedRequest = {
  method: string;
  /** The request target exactly as received: path and query, still percent-encoded. */
  target: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
};

export type StubReply =
  | {
      status?: number;
      headers?: Record<string, string>;
      /** A string goes as is; anything else as JSON. */
      body?: unknown;
      /** Send the headers and this much of the body, then stall forever. */
      stallAfter?: number;
      /** Send the headers and this much of the body, then drop the connection. */
      dropAfter?: number;
      /** Instead of `body`: `head`, then `fill` bytes of "x" made as the client takes them, then `tail`. */
      stream?: { head: string; fill: number; tail?: string; chunk?: number };
    }
  /** Never answer. */
  | "hang"
  /** Drop the connection without an answer. */
  | "destroy";

export type StubHandler = (request: RecordedRequest, index: number) => StubReply | Promise<StubReply>;

export type StubServer = {
  /** http://127.0.0.1:{port} */
  origin: string;
  requests: RecordedRequest[];
  /** Bytes of body handed to the socket for each request answered with `stream`. */
  sent: number[];
  close(): Promise<void>;
};

export async function startStubServer(handler: StubHandler): Promise<StubServer> {
  const requests: RecordedRequest[] = [];
  const sent: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const target = req.url ?? "/";
      const parsed = new URL(target, "http://stub.invalid");
      const recorded: RecordedRequest = {
        method: req.method ?? "GET",
        target,
        path: parsed.pathname,
        query: parsed.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      Promise.resolve(handler(recorded, requests.length - 1)).then(
        (reply) => answer(res, reply, (bytes) => (sent[requests.indexOf(recorded)] = bytes)),
        (error: unknown) => {
          res.writeHead(599, { "content-type": "text/plain" });
          res.end(`stub handler failed: ${String(error)}`);
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    sent,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(res: ServerResponse, reply: StubReply, count: (bytes: number) => void): void {
  if (reply === "hang") return;
  if (reply === "destroy") {
    res.socket?.destroy();
    return;
  }
  if (reply.stream) {
    res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
    void pour(res, reply.stream, count);
    return;
  }
  const isText = typeof reply.body === "string";
  const body = reply.body === undefined ? "" : isText ? String(reply.body) : JSON.stringify(reply.body);
  const headers = { "content-type": isText ? "text/plain" : "application/json", ...reply.headers };
  if (reply.dropAfter !== undefined) {
    res.writeHead(reply.status ?? 200, { ...headers, "content-length": String(Buffer.byteLength(body)) });
    res.write(body.slice(0, reply.dropAfter), () => res.socket?.destroy());
    return;
  }
  if (reply.stallAfter !== undefined) {
    res.writeHead(reply.status ?? 200, { ...headers, "content-length": String(Buffer.byteLength(body)) });
    res.write(body.slice(0, reply.stallAfter));
    return;
  }
  res.writeHead(reply.status ?? 200, headers);
  res.end(body);
}

/** Writes a large body lazily, waiting for the client to take each chunk, and stops when it hangs up. */
async function pour(res: ServerResponse, stream: { head: string; fill: number; tail?: string; chunk?: number }, count: (bytes: number) => void) {
  let written = 0;
  let gone = false;
  res.on("close", () => (gone = true));
  const write = async (data: string) => {
    written += Buffer.byteLength(data);
    count(written);
    if (res.write(data) || gone) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off("drain", done).off("close", done);
        resolve();
      };
      res.on("drain", done).on("close", done);
    });
  };
  await write(stream.head);
  const size = stream.chunk ?? 64 * 1024;
  const filler = "x".repeat(size);
  for (let left = stream.fill; left > 0 && !gone; left -= size) await write(left >= size ? filler : filler.slice(0, left));
  if (gone) return;
  if (stream.tail) await write(stream.tail);
  res.end();
}

/** Answers with `replies` in turn, repeating the last one. */
export function inTurn(...replies: StubReply[]): StubHandler {
  return (_request, index) => {
    const reply = replies[Math.min(index, replies.length - 1)];
    if (reply === undefined) throw new Error("inTurn needs at least one reply");
    return reply;
  };
}

/** Cloudflare's success envelope around `result`. */
export function envelope(result: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { success: true, errors: [], messages: [], result, ...extra };
}

/** Cloudflare's failure envelope. */
export function failure(errors: { code: number; message: string }[]): Record<string, unknown> {
  return { success: false, errors, messages: [], result: null };
}
