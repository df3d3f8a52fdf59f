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
  close(): Promise<void>;
};

export async function startStubServer(handler: StubHandler): Promise<StubServer> {
  const requests: RecordedRequest[] = [];
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
        (reply) => answer(res, reply),
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(res: ServerResponse, reply: StubReply): void {
  if (reply === "hang") return;
  if (reply === "destroy") {
    res.socket?.destroy();
    return;
  }
  const isText = typeof reply.body === "string";
  const body = reply.body === undefined ? "" : isText ? String(reply.body) : JSON.stringify(reply.body);
  const headers = { "content-type": isText ? "text/plain" : "application/json", ...reply.headers };
  if (reply.stallAfter !== undefined) {
    res.writeHead(reply.status ?? 200, { ...headers, "content-length": String(Buffer.byteLength(body)) });
    res.write(body.slice(0, reply.stallAfter));
    return;
  }
  res.writeHead(reply.status ?? 200, headers);
  res.end(body);
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
