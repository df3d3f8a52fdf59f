import { createCloudflareClient, type CloudflareClient, type CloudflareClientOptions } from "../client";
import type { StubServer } from "./stub-server";

// A client aimed at a stub server, with a fake clock: `sleep` records the wait and moves the clock on
// at once, so retry and polling tests run in milliseconds and can assert every wait.

export const TEST_ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
export const TEST_TOKEN = "test-token-Y2xvdWRmbGFyZQ";
export const ACCOUNT_PATH = `/client/v4/accounts/${TEST_ACCOUNT}/email-security`;

export type TestClient = {
  client: CloudflareClient;
  /** Every wait the client asked for, in order. */
  sleeps: number[];
  clock: { now: number };
};

export function testClient(server: StubServer, overrides: Partial<CloudflareClientOptions> = {}): TestClient {
  const sleeps: number[] = [];
  const clock = { now: Date.parse("2026-09-01T12:00:00Z") };
  const client = createCloudflareClient({
    baseUrl: `${server.origin}/client/v4`,
    accountId: TEST_ACCOUNT,
    auth: { kind: "token", token: TEST_TOKEN },
    timeoutMs: 2_000,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.now += ms;
    },
    now: () => clock.now,
    random: () => 0,
    ...overrides,
  });
  return { client, sleeps, clock };
}

/** The rejection of `promise`, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}
