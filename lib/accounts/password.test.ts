import { describe, expect, it } from "vitest";
import { hashPassword, isPasswordHash, verifyPassword } from "./password";
import { parseLocalUsers } from "./local-users";

describe("passwords", () => {
  it("hashes with scrypt and a salt, and verifies only the right password", async () => {
    const hash = hashPassword("correct horse battery");
    expect(isPasswordHash(hash)).toBe(true);
    expect(hash).not.toContain("correct");
    expect(hashPassword("correct horse battery")).not.toBe(hash);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
    expect(await verifyPassword("x", "scrypt.garbage")).toBe(false);
  });
});

describe("parseLocalUsers", () => {
  it("reads name:role:hash entries separated by commas or new lines", () => {
    const hash = hashPassword("a long password");
    const problems: string[] = [];
    const users = parseLocalUsers(`ana:analyst:${hash},\nmo:manager:${hash}`, problems);
    expect(problems).toEqual([]);
    expect(users.map((u) => [u.name, u.role])).toEqual([["ana", "analyst"], ["mo", "manager"]]);
  });

  it("names a bad entry by position and never repeats its hash", () => {
    const problems: string[] = [];
    parseLocalUsers("ana:admin:scrypt.1.2.3.secretsalt123456789.x,bo:analyst:plaintext", problems);
    expect(problems.join("\n")).toContain('entry 1 (ana) has role "admin"');
    expect(problems.join("\n")).toContain("entry 2 (bo) has no valid hash");
    expect(problems.join("\n")).not.toContain("plaintext");
  });
});
