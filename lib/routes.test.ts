import { describe, expect, it } from "vitest";
import { messageIdOf, routes } from "./routes";

describe("routes", () => {
  it("keeps an id in one path segment, whatever it holds", () => {
    for (const id of ["a:b", "../../api/auth/signout", "x?y#z", "ü/%2e%2e", " "]) {
      const url = new URL(routes.message(id), "http://dashboard.test");
      expect(url.pathname.split("/")).toHaveLength(3);
      expect(decodeURIComponent(url.pathname.split("/")[2] ?? "")).toBe(id);
      expect(url.search).toBe("");
    }
  });

  it("carries the search a message was opened from, and leads back to it", () => {
    const searchQuery = "query=invoice&range=24h";
    expect(routes.message("a:b", searchQuery)).toBe("/messages/a%3Ab?query=invoice&range=24h");
    expect(routes.search(searchQuery)).toBe("/messages?query=invoice&range=24h");
    expect(routes.search()).toBe("/messages");
  });

  it("sends sign-in back to the path it came from, as one parameter", () => {
    const url = new URL(routes.signIn("/messages?query=a&b=c"), "http://dashboard.test");
    expect(url.pathname).toBe("/sign-in");
    expect(url.searchParams.get("callbackUrl")).toBe("/messages?query=a&b=c");
  });

  it("builds the API's paths from the same pieces", () => {
    expect(routes.api.messagePart("a:b", "raw")).toBe("/api/messages/a%3Ab/raw");
    expect(routes.api.message("a/b")).toBe("/api/messages/a%2Fb");
    expect(routes.api.search("per_page=25")).toBe("/api/messages?per_page=25");
    expect(routes.api.pendingSearch("t.k-n_")).toBe("/api/searches/t.k-n_");
  });
});

describe("messageIdOf", () => {
  it("reads back the id routes.message wrote, and nothing from other paths", () => {
    for (const id of ["a:b", "x/y", "ü %"]) expect(messageIdOf(new URL(routes.message(id, "q=1"), "http://d.test").pathname)).toBe(id);
    expect(messageIdOf("/messages")).toBeNull();
    expect(messageIdOf("/messages/a/raw")).toBeNull();
    expect(messageIdOf("/messages/%E0%A4%A")).toBeNull();
  });
});
