import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../support/test";
import { apiErrorBodySchema } from "@/lib/http/error-shape";
import { messageSchema } from "@/lib/investigate/message";
import { resultPageSchema } from "@/lib/investigate/result-page";
import { addFault } from "../support/emulator";

// GET /api/messages/{id} against the emulator as a real HTTP server.

async function someMessage(request: APIRequestContext) {
  const page = resultPageSchema.parse(await (await request.get("/api/messages?per_page=5")).json());
  const message = page.messages[1];
  if (!message) throw new Error("the emulator returned no message");
  return message;
}

test("a message by investigate id and by postfix id is the same message", async ({ request }) => {
  const message = await someMessage(request);
  const byId = await request.get(`/api/messages/${encodeURIComponent(message.id)}`);
  expect(byId.status()).toBe(200);
  expect(byId.headers()["cache-control"]).toBe("no-store");
  const byPostfix = await request.get(`/api/messages/${encodeURIComponent(message.postfix_id)}`);
  expect(byPostfix.status()).toBe(200);
  expect(messageSchema.parse(await byPostfix.json())).toEqual(messageSchema.parse(await byId.json()));
});

test("an unknown id is 404 in the error shape", async ({ request }) => {
  const response = await request.get("/api/messages/NoSuchMessage123");
  expect(response.status()).toBe(404);
  expect(apiErrorBodySchema.parse(await response.json()).error.code).toBe("not_found");
});

test("an id that could change the upstream path is refused with 400", async ({ request }) => {
  for (const id of ["..%2F..%2Fsettings", "a%3Fquery%3D1", "%3Cscript%3E"]) {
    const response = await request.get(`/api/messages/${id}`);
    expect(response.status()).toBe(400);
    expect(apiErrorBodySchema.parse(await response.json()).error.fields?.id).toBeDefined();
  }
});

test("a failing Cloudflare is 502 for one message too", async ({ request }) => {
  const message = await someMessage(request);
  // Exactly the first try and the client's two retries, so no later test meets this fault.
  await addFault(request, { match: message.postfix_id, times: 3, serverError: { status: 503 } });
  const response = await request.get(`/api/messages/${encodeURIComponent(message.postfix_id)}`);
  expect(response.status()).toBe(502);
});
