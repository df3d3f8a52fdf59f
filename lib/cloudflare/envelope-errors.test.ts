import { afterEach, describe, expect, it } from "vitest";
import { CloudflareError, isCloudflareError } from "./errors";
import { FULL_MESSAGE } from "./testing/fixtures";
import { envelope, failure, inTurn, startStubServer, type StubReply, type StubServer } from "./testing/stub-server";
import { TEST_TOKEN, rejectionOf, testClient } from "./testing/test-client";

let server: StubServer;
afterEach(async () => server.close());

async function errorFor(reply: StubReply, call: "search" | "getMessage" = "getMessage", auth?: { key: string }): Promise<CloudflareError> {
  server = await startStubServer(inTurn(reply));
  const { client } = testClient(server, auth ? { auth: { kind: "key", email: "soc@example.com", key: auth.key } } : {});
  const error = await rejectionOf(call === "search" ? client.search({}) : client.getMessage("m1"));
  if (!isCloudflareError(error)) throw new Error(`expected a CloudflareError, got ${String(error)}`);
  return error;
}

describe("bodies that are not a successful envelope", () => {
  it("an HTML page on 200 is a bad response", async () => {
    const error = await errorFor({ status: 200, headers: { "content-type": "text/html" }, body: "<!DOCTYPE html><title>Attention Required!</title>" });
    expect(error).toMatchObject({ code: "bad_response", status: 200, errors: [] });
    expect(error.message).toContain("not JSON (text/html");
  });

  it("truncated JSON is a bad response", async () => {
    const error = await errorFor({ body: JSON.stringify(envelope(FULL_MESSAGE)).slice(0, 80) });
    expect(error.code).toBe("bad_response");
  });

  it("JSON that is not the envelope is a bad response", async () => {
    expect((await errorFor({ body: { id: "m1", postfix_id: "p" } })).code).toBe("bad_response");
    expect((await errorFor({ body: [1, 2, 3] })).code).toBe("bad_response");
    expect((await errorFor({ body: "null" })).code).toBe("bad_response");
  });

  it("success:false carries Cloudflare's codes and messages", async () => {
    const errors = [
      { code: 10000, message: "Authentication error" },
      { code: 9109, message: "Cannot use the access token from location: 203.0.113.9", documentation_url: "https://developers.cloudflare.com/" },
    ];
    const onOk = await errorFor({ status: 200, body: failure(errors) });
    expect(onOk).toMatchObject({ code: "bad_response", status: 200, errors });
    expect(onOk.message).toContain("10000: Authentication error");

    const onForbidden = await errorFor({ status: 403, body: failure(errors) });
    expect(onForbidden).toMatchObject({ code: "forbidden", status: 403, errors });
    expect(onForbidden.message).toContain("9109: Cannot use the access token");
  });

  it("keeps non-schema extras such as error_chain", async () => {
    const error = await errorFor({
      status: 400,
      body: { ...failure([{ code: 6003, message: "Invalid request headers" }]), errors: [{ code: 6003, message: "Invalid request headers", error_chain: [{ code: 6111, message: "Invalid format for Authorization header" }] }] },
    });
    expect(error).toMatchObject({ code: "bad_request", errors: [{ code: 6003, error_chain: [{ code: 6111 }] }] });
  });

  it("404 is not_found, with Cloudflare's errors", async () => {
    const error = await errorFor({ status: 404, body: failure([{ code: 7003, message: "Could not route to /accounts/x, perhaps your object identifier is invalid?" }]) });
    expect(error).toMatchObject({ code: "not_found", status: 404, errors: [{ code: 7003 }] });
  });

  it("a result that fails its schema is a bad response naming the path, not the value", async () => {
    const error = await errorFor({ body: envelope({ ...FULL_MESSAGE, id: 42, subject: ["<script>"] }) });
    expect(error.code).toBe("bad_response");
    expect(error.message).toContain("result.id");
    expect(error.message).not.toContain("<script>");
  });

  it("a search page needs its result_info", async () => {
    const missing = await errorFor({ body: envelope([FULL_MESSAGE]) }, "search");
    expect(missing.code).toBe("bad_response");
    expect(missing.message).toContain("result_info");
    const notArray = await errorFor({ body: envelope(FULL_MESSAGE, { result_info: { count: 1, per_page: 1 } }) }, "search");
    expect(notArray.code).toBe("bad_response");
  });

  it("never repeats a credential that Cloudflare echoes", async () => {
    const key = "144c9defac04969c7bfad8efaa8ea194";
    const error = await errorFor({ status: 403, body: failure([{ code: 9103, message: `Unknown X-Auth-Key ${key}` }]) }, "getMessage", { key });
    expect(error.message).not.toContain(key);
    expect(JSON.stringify(error.errors)).not.toContain(key);
    expect(error.message).toContain("[redacted]");
  });

  it("puts no credential in any error message", async () => {
    const error = await errorFor({ status: 401, body: failure([{ code: 10000, message: "Authentication error" }]) });
    expect(error.message).not.toContain(TEST_TOKEN);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("CloudflareError");
  });
});

describe("isCloudflareError", () => {
  it("tells our errors from others", () => {
    expect(isCloudflareError(new CloudflareError("timeout", "slow"))).toBe(true);
    expect(isCloudflareError(new Error("x"))).toBe(false);
    expect(isCloudflareError({ code: "timeout", errors: [] })).toBe(false);
  });
});
