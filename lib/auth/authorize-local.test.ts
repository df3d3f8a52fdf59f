import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { authorizeLocal as AuthorizeLocal } from "./authorize-local";
import { hashPassword } from "@/lib/accounts/password";
import { SIGN_IN_THROTTLED } from "./sign-in-errors";

// Guessing a local account's password: ten failures for a name shut it for fifteen minutes, and
// while shut even the right password is refused without being checked.

const password = "the-right-password";
// Imported once AUTH_USERS is set: the configuration is read on first use and kept.
let authorizeLocal: typeof AuthorizeLocal;
const written: string[] = [];

beforeAll(async () => {
  vi.stubEnv("AUTH_USERS", `ana:analyst:${hashPassword(password)}`);
  vi.spyOn(process.stdout, "write").mockImplementation((line) => written.push(String(line)) > 0);
  vi.useFakeTimers({ toFake: ["Date"] });
  ({ authorizeLocal } = await import("./authorize-local"));
});

afterAll(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("authorizeLocal", () => {
  it("signs in with the right password, and forgets earlier failures when it does", async () => {
    for (let i = 0; i < 9; i++) expect(await authorizeLocal("ana", "guess")).toBeNull();
    expect(await authorizeLocal("ana", password)).toMatchObject({ id: "ana", role: "analyst" });
    for (let i = 0; i < 9; i++) expect(await authorizeLocal("ana", "guess")).toBeNull();
    expect(await authorizeLocal("ana", password)).toMatchObject({ id: "ana" });
  });

  it("refuses the right password after ten failures, until they are fifteen minutes old", async () => {
    for (let i = 0; i < 10; i++) expect(await authorizeLocal("ANA ", "guess")).toBeNull();
    await expect(authorizeLocal("ana", password)).rejects.toThrow(SIGN_IN_THROTTLED);
    expect(written.at(-1)).toMatch(/"event":"sign_in_failed","outcome":"failed".*"reason":"throttled"/);
    vi.advanceTimersByTime(15 * 60_000 + 1);
    expect(await authorizeLocal("ana", password)).toMatchObject({ id: "ana" });
  });

  it("throttles names that are no account the same way, so the answer tells nothing", async () => {
    for (let i = 0; i < 10; i++) expect(await authorizeLocal("nobody", "guess")).toBeNull();
    await expect(authorizeLocal("nobody", "guess")).rejects.toThrow(SIGN_IN_THROTTLED);
  });

  it("refuses a name or password longer than any account's unexamined, and remembers nothing of it", async () => {
    const long = "n".repeat(1_000_000);
    expect(await authorizeLocal(long, password)).toBeNull();
    expect(await authorizeLocal("ana", "p".repeat(1_000_000))).toBeNull();
    expect(written.at(-1)).toMatch(/"reason":"too long"/);
    expect(written.join("")).not.toContain("n".repeat(100));
  });
});
