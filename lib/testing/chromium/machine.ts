import { spawnSync } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { chromium } from "@playwright/test";
import type { ChromiumLookup } from "./find-chromium";

// findChromium's questions, asked of this machine. Without `install` every answer is a look at the file
// system, cheap enough for playwright.config.ts, which each worker loads again.

export function onThisMachine(env: NodeJS.ProcessEnv, options: { install?: boolean } = {}): ChromiumLookup {
  return {
    chromiumPath: env.CHROMIUM_PATH || undefined,
    exists: isExecutable,
    which: (command) => (env.PATH ?? "").split(delimiter).filter(Boolean).map((dir) => join(dir, command)).find(isExecutable) ?? null,
    playwrightChromium: () => chromium.executablePath(),
    install: options.install ? () => spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" }).status === 0 : undefined,
  };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
