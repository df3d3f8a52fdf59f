import { describe, expect, it } from "vitest";
import { defangHost, defangUrl } from "./defang";

describe("defangUrl", () => {
  it("rewrites the scheme and the host's dots, keeping path and query as they are", () => {
    expect(defangUrl("https://micros0ft-support.com/login?next=a.b")).toBe("hxxps://micros0ft-support[.]com/login?next=a.b");
    expect(defangUrl("http://evil.example")).toBe("hxxp://evil[.]example");
    expect(defangUrl("HTTP://Evil.Example/x")).toBe("HxxP://Evil[.]Example/x");
  });

  it("neutralises other schemes", () => {
    expect(defangUrl("javascript:alert(1)")).toBe("javascript[:]alert(1)");
    expect(defangUrl("mailto:a@b.example")).toBe("mailto[:]a@b.example");
  });

  it("brackets the dots of something that is not a URL", () => {
    expect(defangUrl("evil.example/path")).toBe("evil[.]example/path");
    expect(defangHost("a.b.c")).toBe("a[.]b[.]c");
  });
});
