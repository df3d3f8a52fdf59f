import { describe, expect, it } from "vitest";
import { defangHost, defangText, defangUrl } from "./defang";

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

describe("defangText", () => {
  it("defangs URLs, host names and addresses inside text and leaves the rest", () => {
    expect(defangText("Verify at https://micros0ft-support.com/login now")).toBe("Verify at hxxps://micros0ft-support[.]com/login now");
    expect(defangText("Sender domain paypa1-billing.net was registered")).toBe("Sender domain paypa1-billing[.]net was registered");
    expect(defangText("reply to billing@evil.example.")).toBe("reply to billing@evil[.]example.");
    expect(defangText("run javascript:alert(1)")).toBe("run javascript[:]alert(1)");
    expect(defangText("from mail.pаypal.com")).toBe("from mail[.]pаypal[.]com");
    expect(defangText("get invoice.zip at evil.com.pdf")).toBe("get invoice[.]zip at evil[.]com.pdf");
  });

  it("leaves numbers, IPs, prose and already defanged text alone", () => {
    for (const text of ["Invoice #4471 overdue", "version 1.2.3", "from 203.0.113.9", "e.g. this", "hxxps://evil[.]example/x", "evil[dot]com", "Salary Review.xlsx", "invoice.pdf", ""]) {
      expect(defangText(text)).toBe(text);
    }
  });
});
