import { describe, expect, it } from "vitest";
import { findChromium, SYSTEM_CHROMIUM, type ChromiumLookup } from "./find-chromium";

// Each way a machine can have (or get, or lack) the suite's Chromium, on a pretend machine.

const MANAGED = "/home/dev/.cache/ms-playwright/chromium-1/chrome-linux64/chrome";

function machine(files: string[], options: { chromiumPath?: string; onPath?: Record<string, string>; install?: "works" | "fails" | "never" } = {}) {
  const present = new Set(files);
  const installs: string[] = [];
  const lookup: ChromiumLookup = {
    chromiumPath: options.chromiumPath,
    exists: (path) => present.has(path),
    which: (command) => options.onPath?.[command] ?? null,
    playwrightChromium: () => MANAGED,
    install:
      options.install === "never"
        ? undefined
        : () => {
            installs.push("chromium");
            if (options.install !== "works") return false;
            present.add(MANAGED);
            return true;
          },
  };
  return { lookup, installs };
}

describe("findChromium", () => {
  it("takes CHROMIUM_PATH first, before anything else on the machine", () => {
    const { lookup, installs } = machine(["/opt/chrome/chrome", SYSTEM_CHROMIUM], { chromiumPath: "/opt/chrome/chrome" });
    expect(findChromium(lookup)).toEqual({ ok: true, path: "/opt/chrome/chrome", source: "CHROMIUM_PATH" });
    expect(installs).toEqual([]);
  });

  it("stops on a CHROMIUM_PATH that names no file rather than testing another browser", () => {
    const { lookup, installs } = machine([SYSTEM_CHROMIUM], { chromiumPath: "/opt/nothing" });
    const result = findChromium(lookup);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain("CHROMIUM_PATH is /opt/nothing");
    expect(installs).toEqual([]);
  });

  it("takes Debian's /usr/bin/chromium", () => {
    expect(findChromium(machine([SYSTEM_CHROMIUM]).lookup)).toEqual({ ok: true, path: SYSTEM_CHROMIUM, source: "Debian's package" });
  });

  it("takes a Chromium or Chrome found on PATH", () => {
    const { lookup } = machine([], { onPath: { "google-chrome": "/usr/local/bin/google-chrome" } });
    expect(findChromium(lookup)).toEqual({ ok: true, path: "/usr/local/bin/google-chrome", source: "PATH" });
  });

  it("takes the Chromium Playwright downloaded before, without installing again", () => {
    const { lookup, installs } = machine([MANAGED]);
    expect(findChromium(lookup)).toEqual({ ok: true, path: MANAGED, source: "Playwright's download" });
    expect(installs).toEqual([]);
  });

  it("installs Playwright's Chromium where none is found and the download works", () => {
    const { lookup, installs } = machine([], { install: "works" });
    expect(findChromium(lookup)).toEqual({ ok: true, path: MANAGED, source: "Playwright's download, just installed" });
    expect(installs).toEqual(["chromium"]);
  });

  it("names the package to install when the download fails", () => {
    const { lookup, installs } = machine([], { install: "fails" });
    const result = findChromium(lookup);
    expect(installs).toEqual(["chromium"]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/npx playwright install chromium` failed/);
    expect(!result.ok && result.message).toContain("apt-get install chromium");
  });

  it("only looks, and says what to install, where installing is not allowed", () => {
    const { lookup } = machine([], { install: "never" });
    const result = findChromium(lookup);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain("apt-get install chromium");
    expect(!result.ok && result.message).not.toContain("failed");
  });
});
