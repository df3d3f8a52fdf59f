import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { poison } from "./hostile-corpus";

// Sits between the dashboard and the emulator and rewrites every message with the given postfix id in
// the answers (searches and the message itself) so that all its text fields carry the corpus. The
// emulator's own records are frozen; rewriting on the wire is also what a hostile upstream would do.

export type PoisoningProxy = { url: string; target: { url: string }; close: () => Promise<void> };

function rewrite(value: unknown, postfixId: string): void {
  if (Array.isArray(value)) for (const item of value) rewrite(item, postfixId);
  else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (record.postfix_id === postfixId) poison(record);
    else for (const item of Object.values(record)) rewrite(item, postfixId);
  }
}

export async function startPoisoningProxy(postfixId: string): Promise<PoisoningProxy> {
  const target = { url: "" };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string" && name !== "host") headers.set(name, value);
      const answer = await fetch(`${target.url}${request.url ?? "/"}`, { method: request.method, headers, redirect: "manual" });
      let text = await answer.text();
      if (text.includes(postfixId) && (answer.headers.get("content-type") ?? "").includes("json")) {
        const body = JSON.parse(text) as unknown;
        rewrite(body, postfixId);
        text = JSON.stringify(body);
      }
      const out = Object.fromEntries([...answer.headers].filter(([name]) => !["content-length", "content-encoding", "transfer-encoding"].includes(name)));
      response.writeHead(answer.status, out);
      response.end(text);
    })().catch(() => {
      response.writeHead(502);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    target,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
