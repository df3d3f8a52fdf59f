import { afterEach, describe, expect, it } from "vitest";
import { isCloudflareError } from "./errors";
import { FULL_MESSAGE } from "./testing/fixtures";
import { envelope, inTurn, startStubServer, type StubHandler, type StubReply, type StubServer } from "./testing/stub-server";
import { ACCOUNT_PATH, TEST_ACCOUNT, TEST_TOKEN, rejectionOf, testClient } from "./testing/test-client";

const PAGE = envelope([FULL_MESSAGE], { result_info: { count: 1, per_page: 25, next: null, previous: null } });
const POLL_PATH = `${ACCOUNT_PATH}/investigate/poll/7f3a`;
const accepted = (location: string | undefined, headers: Record<string, string> = {}): StubReply => ({
  status: 202,
  headers: { ...(location === undefined ? {} : { location }), ...headers },
  body: envelope([], { result_info: { count: 0, per_page: 0 } }),
});

const servers: StubServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A stub whose replies may name its own origin, known only once it listens. */
async function stub(reply: (origin: string) => StubHandler): Promise<StubServer> {
  let origin = "";
  const server = await startStubServer((request, index) => reply(origin)(request, index));
  origin = server.origin;
  servers.push(server);
  return server;
}
const inOrder = (...replies: ((origin: string) => StubReply)[]) => (origin: string) => inTurn(...replies.map((make) => make(origin)));

describe("202 + Location", () => {
  it("polls a relative Location until 200, with our credentials, after 500 ms", async () => {
    const server = await stub(inOrder(() => accepted(`${POLL_PATH}?token=abc`), () => ({ body: PAGE })));
    const { client, sleeps } = testClient(server);
    const outcome = await client.search({ query: "slow" });
    expect(outcome).toMatchObject({ kind: "page", messages: [{ id: FULL_MESSAGE.id }] });
    expect(server.requests.map((request) => request.target)).toEqual([`${ACCOUNT_PATH}/investigate?query=slow`, `${POLL_PATH}?token=abc`]);
    expect(server.requests[1]?.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(sleeps).toEqual([500]);
  });

  it("polls an absolute Location on the configured origin, on the search's schedule", async () => {
    const server = await stub(
      inOrder(
        (origin) => accepted(`${origin}${POLL_PATH}`),
        () => accepted(undefined),
        () => ({ body: PAGE }),
      ),
    );
    const { client, sleeps } = testClient(server);
    expect((await client.search({})).kind).toBe("page");
    expect(server.requests.map((request) => request.path)).toEqual([`${ACCOUNT_PATH}/investigate`, POLL_PATH, POLL_PATH]);
    // Due at 0.5 s and 1 s of the search's age.
    expect(sleeps).toEqual([500, 500]);
  });

  it("honours Retry-After on the 202, in seconds and as an HTTP-date", async () => {
    const server = await stub(
      inOrder(
        () => accepted(POLL_PATH, { "retry-after": "2" }),
        () => accepted(POLL_PATH, { "retry-after": "Tue, 01 Sep 2026 12:00:05 GMT" }),
        () => ({ body: PAGE }),
      ),
    );
    const { client, sleeps } = testClient(server, { pollBudgetMs: 10_000 });
    expect((await client.search({})).kind).toBe("page");
    // The fake clock started at 12:00:00 and is at 12:00:02 when the second 202 arrives.
    expect(sleeps).toEqual([2000, 3000]);
  });

  it("hands back pending with the absolute Location, the polls spent and the next one's wait once the budget is spent", async () => {
    const server = await stub(inOrder(() => accepted(POLL_PATH)));
    const { client, sleeps, clock } = testClient(server, { pollBudgetMs: 5_000 });
    const startedAt = clock.now;
    const outcome = await client.search({});
    // Polls due at 0.5, 1, 2, 3, 4 and 5 s of age; the next, at 6 s, is past the budget.
    expect(outcome).toEqual({ kind: "pending", location: `${server.origin}${POLL_PATH}`, startedAt, polls: 6, retryAfterMs: 1_000 });
    expect(sleeps).toEqual([500, 500, 1000, 1000, 1000, 1000]);
    expect(server.requests).toHaveLength(7);
  });

  it("hands back pending at once when Retry-After is longer than the budget", async () => {
    const server = await stub(inOrder(() => accepted(POLL_PATH, { "retry-after": "30" })));
    const { client, sleeps, clock } = testClient(server);
    const startedAt = clock.now;
    expect(await client.search({})).toEqual({ kind: "pending", location: `${server.origin}${POLL_PATH}`, startedAt, polls: 0, retryAfterMs: 30_000 });
    expect(sleeps).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("continues a pending search from its Location, at once when its next poll is due", async () => {
    const server = await stub(inOrder(() => accepted(undefined), () => ({ body: PAGE })));
    const { client, sleeps, clock } = testClient(server);
    // Nine polls spent at 10 s of age: the tenth was due at 10 s, the eleventh at 13 s.
    const outcome = await client.continueSearch(`${server.origin}${POLL_PATH}?token=abc`, { startedAt: clock.now - 10_000, polls: 9 });
    expect(outcome.kind).toBe("page");
    expect(server.requests.map((request) => request.target)).toEqual([`${POLL_PATH}?token=abc`, `${POLL_PATH}?token=abc`]);
    expect(sleeps).toEqual([3000]);
  });

  it("continued before its next poll is due: waits for it within the budget, or answers pending without a call", async () => {
    const server = await stub(inOrder(() => ({ body: PAGE })));
    const { client, sleeps, clock } = testClient(server, { pollBudgetMs: 5_000 });
    const location = `${server.origin}${POLL_PATH}`;
    // Seventeen polls spent at 100 s: the next is due at 106 s, past this request's budget.
    const early = await client.continueSearch(location, { startedAt: clock.now - 100_000, polls: 17 });
    expect(early).toEqual({ kind: "pending", location, startedAt: clock.now - 100_000, polls: 17, retryAfterMs: 6_000 });
    expect(server.requests).toHaveLength(0);
    // At 102 s it is due within the budget: wait for it, then poll.
    expect((await client.continueSearch(location, { startedAt: clock.now - 102_000, polls: 17 })).kind).toBe("page");
    expect(sleeps).toEqual([4_000]);
    expect(server.requests).toHaveLength(1);
  });

  it("treats a 202 without a Location as a bad answer", async () => {
    const server = await stub(inOrder(() => accepted(undefined)));
    const error = await rejectionOf(testClient(server).client.search({}));
    expect(isCloudflareError(error) && error.code).toBe("bad_response");
  });

  it("stops polling when the caller aborts", async () => {
    const server = await stub(inOrder(() => accepted(POLL_PATH)));
    const controller = new AbortController();
    const { client } = testClient(server, {
      sleep: async () => {
        controller.abort();
      },
    });
    const error = await rejectionOf(client.search({}, { signal: controller.signal }));
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("AbortError");
    expect(server.requests).toHaveLength(1);
  });
});

describe("Locations we refuse to follow", () => {
  async function expectRefused(location: (origin: string) => string): Promise<StubServer> {
    const server = await stub(inOrder((origin) => accepted(location(origin)), () => ({ body: PAGE })));
    const error = await rejectionOf(testClient(server).client.search({}));
    expect(isCloudflareError(error) && error.code, String(error)).toBe("refused_location");
    expect(server.requests).toHaveLength(1);
    expect(String((error as Error).message)).not.toContain(TEST_TOKEN);
    return server;
  }

  it("refuses another host or port, and sends it nothing", async () => {
    const other = await stub(() => () => ({ body: PAGE }));
    await expectRefused(() => `${other.origin}${POLL_PATH}`);
    await expectRefused(() => `http://localhost:${new URL(other.origin).port}${POLL_PATH}`);
    expect(other.requests).toHaveLength(0);
  });

  it("refuses the cloud metadata address", async () => {
    await expectRefused(() => "http://169.254.169.254/latest/meta-data/iam/security-credentials/");
  });

  it("refuses other schemes", async () => {
    await expectRefused(() => "file:///etc/passwd");
    await expectRefused(() => "javascript:alert(document.cookie)");
  });

  it("refuses userinfo, even on our own origin", async () => {
    await expectRefused((origin) => origin.replace("http://", "http://user:pass@") + POLL_PATH);
  });

  it("refuses another account or another API on our own origin", async () => {
    await expectRefused(() => "/client/v4/accounts/ffffffffffffffffffffffffffffffff/email-security/investigate/poll/1");
    await expectRefused(() => `/client/v4/accounts/${TEST_ACCOUNT}/r2/buckets`);
    await expectRefused(() => `${ACCOUNT_PATH}/..%2F..%2Faccounts`);
  });

  it("refuses a foreign Location on a later poll", async () => {
    const other = await stub(() => () => ({ body: PAGE }));
    const server = await stub(inOrder(() => accepted(POLL_PATH), () => accepted(`${other.origin}${POLL_PATH}`)));
    const error = await rejectionOf(testClient(server).client.search({}));
    expect(isCloudflareError(error) && error.code).toBe("refused_location");
    expect(server.requests).toHaveLength(2);
    expect(other.requests).toHaveLength(0);
  });

  it("refuses a foreign Location handed to continueSearch without any request", async () => {
    const other = await stub(() => () => ({ body: PAGE }));
    const server = await stub(() => () => ({ body: PAGE }));
    const { client } = testClient(server);
    for (const location of [`${other.origin}${POLL_PATH}`, "http://169.254.169.254/", "file:///etc/passwd", "/client/v4/user"]) {
      const error = await rejectionOf(client.continueSearch(location, { startedAt: 0, polls: 0 }));
      expect(isCloudflareError(error) && error.code, location).toBe("refused_location");
    }
    expect(server.requests).toHaveLength(0);
    expect(other.requests).toHaveLength(0);
  });
});

describe("redirects", () => {
  it("follows a redirect inside the scope by hand, with credentials", async () => {
    const server = await stub(inOrder(() => ({ status: 307, headers: { location: POLL_PATH } }), () => ({ body: PAGE })));
    expect((await testClient(server).client.search({})).kind).toBe("page");
    expect(server.requests.map((request) => request.path)).toEqual([`${ACCOUNT_PATH}/investigate`, POLL_PATH]);
    expect(server.requests[1]?.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it("does not follow a 302 to another origin, so no credential reaches it", async () => {
    const other = await stub(() => () => ({ body: PAGE }));
    const server = await stub(inOrder(() => ({ status: 302, headers: { location: `${other.origin}${POLL_PATH}` } })));
    const { client } = testClient(server, { auth: { kind: "key", email: "soc@example.com", key: "k3y-secret" } });
    const error = await rejectionOf(client.getMessage("abc"));
    expect(isCloudflareError(error) && error.code).toBe("refused_location");
    expect(other.requests).toHaveLength(0);
    expect(server.requests).toHaveLength(1);
  });

  it("gives up after three hops", async () => {
    const server = await stub(inOrder(() => ({ status: 301, headers: { location: POLL_PATH } })));
    const error = await rejectionOf(testClient(server).client.search({}));
    expect(isCloudflareError(error) && error.code).toBe("bad_response");
    expect(server.requests).toHaveLength(4);
  });
});
