import { describe, expect, it } from "vitest";
import { isCloudflareError } from "./errors";
import { checkLocation, createUpstreamScope } from "./location";

const ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
const scope = createUpstreamScope("https://api.cloudflare.com/client/v4/", ACCOUNT);
const SEARCH = `https://api.cloudflare.com/client/v4/accounts/${ACCOUNT}/email-security/investigate?query=x`;

function refused(location: string): boolean {
  try {
    checkLocation(location, scope, SEARCH);
    return false;
  } catch (error) {
    return isCloudflareError(error) && error.code === "refused_location";
  }
}

describe("createUpstreamScope", () => {
  it("tolerates a trailing slash and keeps the base path", () => {
    expect(scope).toEqual({
      baseUrl: "https://api.cloudflare.com/client/v4",
      origin: "https://api.cloudflare.com",
      allowedPrefix: `/client/v4/accounts/${ACCOUNT}/email-security/`,
    });
    expect(createUpstreamScope("http://127.0.0.1:8787", "abc").allowedPrefix).toBe("/accounts/abc/email-security/");
  });

  it("rejects a base URL that is not plain http(s), and an empty account", () => {
    for (const bad of ["not a url", "ftp://x/client/v4", "https://u:p@x/client/v4", "https://x/v4?a=1", "https://x/v4#f"]) {
      expect(() => createUpstreamScope(bad, ACCOUNT), bad).toThrow(TypeError);
    }
    expect(() => createUpstreamScope("https://x", "")).toThrow(TypeError);
    expect(() => createUpstreamScope("https://x", "..")).toThrow(TypeError);
  });
});

describe("checkLocation", () => {
  it("resolves a relative Location against the answered request and accepts it under the account", () => {
    const path = `/client/v4/accounts/${ACCOUNT}/email-security/investigate/poll/abc?t=1#frag`;
    expect(checkLocation(path, scope, SEARCH).href).toBe(`https://api.cloudflare.com${path.replace("#frag", "")}`);
    expect(checkLocation("investigate/poll/abc", scope, SEARCH).pathname).toBe(
      `/client/v4/accounts/${ACCOUNT}/email-security/investigate/poll/abc`,
    );
    expect(checkLocation(`https://api.cloudflare.com${path}`, scope, SEARCH).pathname).toContain("/investigate/poll/abc");
  });

  it("refuses other origins, including the same host on another port or scheme", () => {
    const tail = `/client/v4/accounts/${ACCOUNT}/email-security/investigate/poll`;
    expect(refused(`https://evil.example${tail}`)).toBe(true);
    expect(refused(`http://api.cloudflare.com${tail}`)).toBe(true);
    expect(refused(`https://api.cloudflare.com:8443${tail}`)).toBe(true);
    expect(refused(`//evil.example${tail}`)).toBe(true);
    expect(refused(`http://169.254.169.254/latest/meta-data/`)).toBe(true);
    expect(refused(`https://api.cloudflare.com.evil.example${tail}`)).toBe(true);
    expect(refused(`https://api.cloudflare.com@evil.example${tail}`)).toBe(true);
  });

  it("refuses non-http schemes and userinfo", () => {
    expect(refused("file:///etc/passwd")).toBe(true);
    expect(refused("javascript:alert(1)")).toBe(true);
    expect(refused("data:text/plain,hi")).toBe(true);
    expect(refused(`https://user:pass@api.cloudflare.com/client/v4/accounts/${ACCOUNT}/email-security/investigate`)).toBe(true);
    expect(refused(`https://user@api.cloudflare.com/client/v4/accounts/${ACCOUNT}/email-security/investigate`)).toBe(true);
  });

  it("refuses another account, another API, and paths that climb out", () => {
    expect(refused("/client/v4/accounts/ffffffffffffffffffffffffffffffff/email-security/investigate/poll")).toBe(true);
    expect(refused(`/client/v4/accounts/${ACCOUNT}/workers/scripts`)).toBe(true);
    expect(refused(`/client/v4/accounts/${ACCOUNT}/email-securityX/investigate`)).toBe(true);
    expect(refused("/client/v4/user/tokens/verify")).toBe(true);
    expect(refused(`/client/v4/accounts/${ACCOUNT}/email-security/../../other/email-security/x`)).toBe(true);
    expect(refused(`/client/v4/accounts/${ACCOUNT}/email-security/%2e%2e/%2e%2e/x`)).toBe(true);
    expect(refused(`/client/v4/accounts/${ACCOUNT}/email-security/..%2f..%2fother`)).toBe(true);
    expect(refused(`/client/v4/accounts/${ACCOUNT}/email-security/..%5C..%5Cother`)).toBe(true);
  });

  it("refuses control characters, which URL parsing would silently drop", () => {
    expect(refused(`/client/v4/accounts/${ACCOUNT}/email-security/investi\ngate`)).toBe(true);
    expect(refused("")).toBe(true);
    expect(refused("http://[::1")).toBe(true);
  });
});
